// SOURCE: https://github.com/quay/quay/issues/6891 ("Two code paths create a new Redis client on every request ... Each new client opens a new socket") and https://github.com/openresty/openresty.org/issues/17 (every request connects to redis in access_by_lua) - rendered as a libevent evhttp handler using hiredis
// LIBRARY: hiredis
// SHAPE: positive - request callback registered with evhttp_set_cb connects to Redis, runs one command and frees the context
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <hiredis/hiredis.h>
#include <string.h>

static void user_events_cb(struct evhttp_request *req, void *arg) {
  (void)arg;
  const char *uri = evhttp_request_get_uri(req);
  redisContext *c = redisConnect("redis.internal", 6379); // EXPECT-WARN
  if (c == NULL || c->err) {
    if (c)
      redisFree(c);
    evhttp_send_error(req, 503, "redis unavailable");
    return;
  }
  redisReply *reply = redisCommand(c, "PUBLISH user_events %s", uri);
  freeReplyObject(reply);
  redisFree(c);
  evhttp_send_reply(req, 200, "OK", NULL);
}

int main(void) {
  struct event_base *base = event_base_new();
  struct evhttp *http = evhttp_new(base);
  evhttp_set_cb(http, "/events", user_events_cb, NULL);
  evhttp_bind_socket(http, "0.0.0.0", 8080);
  event_base_dispatch(base);
  return 0;
}
