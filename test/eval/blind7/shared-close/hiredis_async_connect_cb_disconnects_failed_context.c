// SOURCE: https://github.com/redis/hiredis#asynchronous-api (connect callback of a failed connection; the context is freed by the library after the callback)
// LIBRARY: hiredis
// SHAPE: positive - rendered: the connect callback "cleans up" a failed connection with redisAsyncDisconnect on its own context, which hiredis frees itself when the callback returns
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

static redisAsyncContext *g_pub = NULL;

static void onConnect(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK) {
    fprintf(stderr, "redis connect: %s\n", c->errstr);
    redisAsyncDisconnect((redisAsyncContext *)c); // EXPECT-WARN
    g_pub = NULL;
    return;
  }
  printf("redis connected\n");
}

int pub_start(const char *host, int port) {
  g_pub = redisAsyncConnect(host, port);
  if (g_pub == NULL || g_pub->err)
    return -1;
  redisAsyncSetConnectCallback(g_pub, onConnect);
  return 0;
}
