// SOURCE: public GitHub file (search-index id 41660808565; the index does not name its repository): get_redis_context() frees an errored global context, sets it to NULL and reconnects; the URL-cache functions that call it serve a libmicrohttpd API
// LIBRARY: hiredis
// SHAPE: negative (hard) - the accessor drops and replaces the process's one synchronous context only when it already has an error, and its callers here are callbacks of a single-threaded libevent evhttp loop (rendered; the original served libmicrohttpd): no other request holds the context across the free, so nobody is left with the closed one; the docs report releases in frequently invoked code even with a reconnect (expected FP)
#include <event2/http.h>
#include <hiredis/hiredis.h>
#include <stddef.h>

static redisContext *redis_ctx = NULL;

static int init_redis(const char *host, int port) {
  redis_ctx = redisConnect(host, port);
  return redis_ctx != NULL && !redis_ctx->err;
}

redisContext *get_redis_context(void) {
  if (!redis_ctx || redis_ctx->err) {
    if (redis_ctx) {
      redisFree(redis_ctx);
      redis_ctx = NULL;
    }
    if (!init_redis("127.0.0.1", 6379))
      return NULL;
  }
  return redis_ctx;
}

static void handle_cache_get(struct evhttp_request *req, void *arg) {
  (void)arg;
  redisContext *c = get_redis_context();
  if (c == NULL) {
    evhttp_send_error(req, 503, "cache down");
    return;
  }
  freeReplyObject(redisCommand(c, "GET %s", evhttp_request_get_uri(req)));
  evhttp_send_reply(req, 200, "OK", NULL);
}

void install_cache_routes(struct evhttp *http) {
  evhttp_set_cb(http, "/cache", handle_cache_get, NULL);
}
