// SOURCE: public GitHub file (Baidu dmonitor redis.c: redisCreateConnectionFn frees a failed local context, redisDestroyConnectionFn frees the stored one and resets the field; search-index id 13841139760; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - a destroy function frees the context kept in a struct field and sets the field to NULL right after; the create function frees only its own failed local
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

typedef struct stServerInfo {
  const char *ip;
  int port;
  void *connectionContext;
} stServerInfo;

static void redisDisConnectCb(const redisAsyncContext *c, int status) {
  stServerInfo *server = (stServerInfo *)c->data;
  if (status != REDIS_OK)
    fprintf(stderr, "Server %s:%d has been disconnected: %s\n", server->ip,
            server->port, c->errstr);
  server->connectionContext = NULL;
}

int redisCreateConnectionFn(stServerInfo *server) {
  redisAsyncContext *ac = redisAsyncConnect(server->ip, server->port);
  if (ac == NULL)
    return -1;
  if (ac->err) {
    fprintf(stderr, "redisAsyncConnect failed: %s\n", ac->errstr);
    redisAsyncFree(ac);
    server->connectionContext = NULL;
    return -1;
  }
  ac->data = (void *)server;
  server->connectionContext = (void *)ac;
  redisAsyncSetDisconnectCallback(ac, redisDisConnectCb);
  return 0;
}

int redisDestroyConnectionFn(stServerInfo *server) {
  if (server->connectionContext)
    redisAsyncFree((redisAsyncContext *)server->connectionContext);
  server->connectionContext = NULL;
  return 0;
}
