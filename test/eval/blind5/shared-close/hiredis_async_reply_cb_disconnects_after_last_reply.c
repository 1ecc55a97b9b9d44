// SOURCE: redis/hiredis examples/example-libevent.c (getCallback ends with redisAsyncDisconnect(c) "after receiving the reply to GET"; search-index id 4711712785)
// LIBRARY: hiredis
// SHAPE: negative - a reply callback asks for a clean disconnect after the last reply; hiredis frees the context after pending replies, and this is the documented way to close an async context
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

static void getCallback(redisAsyncContext *c, void *r, void *privdata) {
  redisReply *reply = r;
  if (reply == NULL) {
    if (c->errstr)
      printf("errstr: %s\n", c->errstr);
    return;
  }
  printf("argv[%s]: %s\n", (char *)privdata, reply->str);
  redisAsyncDisconnect(c);
}

static void disconnectCallback(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK)
    printf("Error: %s\n", c->errstr);
}

int run(struct event_base *base, const char *key) {
  redisAsyncContext *c = redisAsyncConnect("127.0.0.1", 6379);
  if (c->err)
    return 1;
  redisLibeventAttach(c, base);
  redisAsyncSetDisconnectCallback(c, disconnectCallback);
  redisAsyncCommand(c, getCallback, (char *)"end-1", "GET %s", key);
  event_base_dispatch(base);
  return 0;
}
