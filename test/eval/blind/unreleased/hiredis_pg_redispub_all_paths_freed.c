// SOURCE: public GitHub file (PostgreSQL extension redispub: connect with timeout, free on the connect error, PUBLISH, free on both branches of the ctx->err test; search-index id 16135614553; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - every return goes through redisFree, including the failed connect (inside `if (ctx)`) and both outcomes of the command; returns are written by a macro
#include <hiredis/hiredis.h>
#include <stdint.h>
#include <stdio.h>

typedef uintptr_t Datum;
#define PG_RETURN_BOOL(x) return (Datum)((x) ? 1 : 0)

Datum redispub(const char *channel, const char *msg) {
  redisReply *reply = NULL;
  struct timeval timeout = {0, 500000};
  redisContext *ctx = redisConnectWithTimeout("127.0.0.1", 6379, timeout);
  if (ctx == NULL || ctx->err) {
    if (ctx) {
      fprintf(stderr, "failed to connect to redis: %s\n", ctx->errstr);
      redisFree(ctx);
    } else {
      fprintf(stderr, "failed to connect to redis: can't allocate redis context\n");
    }
    PG_RETURN_BOOL(0);
  }
  reply = redisCommand(ctx, "PUBLISH %s %s", channel, msg);
  freeReplyObject(reply);
  if (ctx->err) {
    fprintf(stderr, "failed to PUBLISH to redis: %s\n", ctx->errstr);
    redisFree(ctx);
    PG_RETURN_BOOL(0);
  } else {
    redisFree(ctx);
    PG_RETURN_BOOL(1);
  }
}
