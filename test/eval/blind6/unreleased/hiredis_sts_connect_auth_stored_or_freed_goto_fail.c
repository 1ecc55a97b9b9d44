// SOURCE: public GitHub file (sts_redis.c, _sts_redis_connect; search-index id 37435975153; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - a failed connect frees the context; a good one is stored into the socket struct (with or without AUTH); a failed AUTH frees it and jumps to a fail label that clears the struct's previous handle
#include <hiredis/hiredis.h>
#include <stdbool.h>
#include <stdio.h>

enum { STS_NET_WAITCONNECT, STS_NET_CONNECTING, STS_NET_CONNECTED, STS_NET_CONNECTSTOP };

typedef struct {
  char ip[64];
  int port;
  bool auth;
  char password[64];
} s_sts_url;

typedef struct {
  s_sts_url url;
  int status;
  void *handle_read;
} s_sts_socket;

void _sts_redis_connect(s_sts_socket *sock) {
  if (sock->status == STS_NET_CONNECTSTOP)
    return;
  sock->status = STS_NET_CONNECTING;
  redisContext *context = NULL;
  struct timeval timeout = {1, 500000};
  context = redisConnectWithTimeout(sock->url.ip, sock->url.port, timeout);
  if (context == NULL || context->err) {
    if (context) {
      fprintf(stderr, "connection error: %s\n", context->errstr);
      redisFree(context);
      context = NULL;
    } else {
      fprintf(stderr, "connection error: can't allocate redis context\n");
    }
  } else {
    if (!sock->url.auth) {
      sock->handle_read = context;
      sock->status = STS_NET_CONNECTED;
      return;
    }
    redisReply *reply = (redisReply *)redisCommand(context, "auth %s", sock->url.password);
    if (reply) {
      freeReplyObject(reply);
      sock->handle_read = context;
      sock->status = STS_NET_CONNECTED;
      return;
    } else {
      printf("auth reply error\n");
      redisFree(context);
      goto fail;
    }
  }
fail:
  sock->status = STS_NET_WAITCONNECT;
  if (sock->handle_read) {
    redisFree((redisContext *)sock->handle_read);
    sock->handle_read = NULL;
  }
}
