// SOURCE: https://github.com/sipwise/rtpengine/pull/921 ("The context object is always freed after the disconnect callback fired" - so the fix drops the application's pointer instead of disconnecting it again)
// LIBRARY: hiredis
// SHAPE: negative - the disconnect callback only forgets the global pointer and schedules a reconnect; it releases nothing itself
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

static redisAsyncContext *g_redis;
static int g_reconnect_pending;

static void on_disconnect(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK)
    fprintf(stderr, "redis disconnected: %s\n", c->errstr);
  if (c == g_redis)
    g_redis = NULL;
  g_reconnect_pending = 1;
}

int redis_connect_async(const char *host, int port) {
  g_redis = redisAsyncConnect(host, port);
  if (g_redis == NULL || g_redis->err)
    return -1;
  redisAsyncSetDisconnectCallback(g_redis, on_disconnect);
  return 0;
}
