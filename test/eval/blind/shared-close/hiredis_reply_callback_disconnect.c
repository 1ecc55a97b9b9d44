// SOURCE: https://github.com/redis/hiredis examples/example-libevent.c (getCallback prints the reply and calls redisAsyncDisconnect(c) - "Disconnect after receiving the reply to GET")
// LIBRARY: hiredis
// SHAPE: negative - redisAsyncDisconnect in a reply callback is the documented way to close after a reply; the connect/disconnect callbacks only log
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

static void getCallback(redisAsyncContext *c, void *r, void *privdata) {
  redisReply *reply = r;
  if (reply == NULL)
    return;
  printf("argv[%s]: %s\n", (char *)privdata, reply->str);
  redisAsyncDisconnect(c);
}

static void connectCallback(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK) {
    printf("Error: %s\n", c->errstr);
    return;
  }
  printf("Connected...\n");
}

static void disconnectCallback(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK) {
    printf("Error: %s\n", c->errstr);
    return;
  }
  printf("Disconnected...\n");
}

int get_key(const char *key) {
  redisAsyncContext *c = redisAsyncConnect("127.0.0.1", 6379);
  if (c->err) {
    printf("Error: %s\n", c->errstr);
    return 1;
  }
  redisAsyncSetConnectCallback(c, connectCallback);
  redisAsyncSetDisconnectCallback(c, disconnectCallback);
  redisAsyncCommand(c, getCallback, (char *)"end-1", "GET %s", key);
  return 0;
}
