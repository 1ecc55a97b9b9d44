// SOURCE: https://github.com/sipwise/rtpengine/pull/921 (crash when redis disconnects/reconnects: "there is no point in calling redisAsyncDisconnect() on redis reconnect")
// LIBRARY: hiredis
// SHAPE: positive - rendered: the disconnect callback drops the global async context with redisAsyncDisconnect before reconnecting; hiredis frees that context itself when the callback returns (the reconnect helper is reduced)
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <event2/event.h>
#include <stdio.h>

static struct event_base *base;
static redisAsyncContext *redis_ac;

static void redis_disconnect_cb(const redisAsyncContext *ac, int status);

static void redis_connect_cb(const redisAsyncContext *ac, int status) {
  if (status != REDIS_OK)
    fprintf(stderr, "redis: connect failed: %s\n", ac->errstr);
}

static int redis_async_connect(void) {
  redis_ac = redisAsyncConnect("127.0.0.1", 6379);
  if (redis_ac == NULL || redis_ac->err)
    return -1;
  redisLibeventAttach(redis_ac, base);
  redisAsyncSetConnectCallback(redis_ac, redis_connect_cb);
  redisAsyncSetDisconnectCallback(redis_ac, redis_disconnect_cb);
  return 0;
}

static void redis_disconnect_cb(const redisAsyncContext *ac, int status) {
  if (status != REDIS_OK)
    fprintf(stderr, "redis: disconnected: %s\n", ac->errstr);
  /* Drop the old connection and open a new one. */
  redisAsyncDisconnect(redis_ac); // EXPECT-WARN
  redis_async_connect();
}

int redis_init(struct event_base *b) {
  base = b;
  return redis_async_connect();
}
