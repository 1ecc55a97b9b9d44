// SOURCE: https://github.com/redis/hiredis/issues/358 ("In the callback function set by redisAsyncSetConnectCallback(), if status is not REDIS_OK, should I use redisAsyncFree() or redisAsyncDisconnect() to free this context?" - hiredis frees it itself after a failed connect)
// LIBRARY: hiredis
// SHAPE: positive - the connect callback frees its context when the connection failed; hiredis frees it after the callback returns
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

static redisAsyncContext *g_sub;

static void on_connect(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK) {
    fprintf(stderr, "connect failed: %s\n", c->errstr);
    g_sub = NULL;
    redisAsyncFree((redisAsyncContext *)c); // EXPECT-WARN
    return;
  }
  fprintf(stderr, "connected\n");
}

int start_subscriber(const char *host) {
  g_sub = redisAsyncConnect(host, 6379);
  if (g_sub == NULL || g_sub->err)
    return -1;
  redisAsyncSetConnectCallback(g_sub, on_connect);
  return 0;
}
