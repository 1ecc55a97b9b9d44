// SOURCE: public GitHub file (doredis.c, a libevent BRPOP consumer; search-index id 33357828039; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - the connect callback of a failed connection frees the context through the file-static pointer that holds it (redisAsyncFree(redis_ctx), not its parameter) and schedules a reconnect; hiredis frees a context after the connect callback of a failed connection, so it is freed twice. The docs list a free through a global instead of the parameter as not reported (expected FN); AUTH and BRPOP callbacks cut
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <event2/event.h>
#include <stdio.h>

static char *redis_host;
static int redis_port;
static struct redisAsyncContext *redis_ctx;
static struct event_base *redis_evbase;
static int redis_status;

static void on_redis_connect(const struct redisAsyncContext *ctx, int status);
static void on_redis_close(const struct redisAsyncContext *ctx, int status);
static void redis_reconnect(evutil_socket_t fd, short arg, void *ctx);

int redis_connect(char *host, int port, struct event_base *evbase) {
  if (redis_ctx) {
    fprintf(stderr, "redis had connected\n");
    return -1;
  }
  redis_evbase = evbase;

  struct redisAsyncContext *ctx = redisAsyncConnect(host, port);
  if (!ctx || ctx->err) {
    fprintf(stderr, "redisAsyncConnect: %s\n", ctx ? ctx->errstr : "error");
    return -1;
  }
  redisLibeventAttach(ctx, evbase);
  redis_ctx = ctx;
  redis_host = host;
  redis_port = port;

  (void)redisAsyncSetConnectCallback(ctx, on_redis_connect);
  (void)redisAsyncSetDisconnectCallback(ctx, on_redis_close);
  return 0;
}

static void on_redis_connect(const struct redisAsyncContext *ctx, int status) {
  redis_status = status;
  if (status == REDIS_ERR) {
    fprintf(stderr, "Redis connect error %s, should reconnect after 5 seconds\n",
            ctx->errstr);
    redisAsyncFree(redis_ctx); // EXPECT-WARN
    redis_ctx = NULL;

    // after 5 second to reconnect redis
    struct timeval timeout = {5, 0};
    event_base_once(redis_evbase, -1, EV_TIMEOUT, redis_reconnect, (void *)ctx,
                    &timeout);
    return;
  }
  printf("Redis to %s:%d connected\n", redis_host, redis_port);
}

static void on_redis_close(const struct redisAsyncContext *ctx, int status) {
  (void)ctx;
  printf("Redis disconnected, status: %d\n", status);
}

static void redis_reconnect(evutil_socket_t fd, short arg, void *ctx) {
  (void)fd;
  (void)arg;
  (void)ctx;
  redis_connect(redis_host, redis_port, redis_evbase);
}
