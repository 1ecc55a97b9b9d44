// SOURCE: github.com/google/souper runtime/souperPassProfile.c (`static redisContext *ctx; void _souper_profile(const char *repl) { if (!ctx) { ctx = redisConnectWithTimeout(hostname, port, timeout); ... } redisReply *reply = redisCommand(ctx, "INCR %s", repl); ... }` - a hook called by instrumented code for every profiled execution)
// LIBRARY: hiredis
// SHAPE: negative - file-scope static context created lazily on the first call of a very hot hook and reused afterwards
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>

static redisContext *ctx;
static const char *hostname = "127.0.0.1";
static const int port = 6379;

void _souper_profile(const char *repl) {
  // FIXME this should be made thread safe
  if (!ctx) {
    struct timeval timeout = {1, 500000}; // 1.5 seconds
    ctx = redisConnectWithTimeout(hostname, port, timeout);
    if (!ctx) {
      fprintf(stderr, "FATAL: Can't allocate redis context\n");
      exit(-1);
    }
    if (ctx->err) {
      fprintf(stderr, "FATAL: Redis connection error: %s\n", ctx->errstr);
      exit(-1);
    }
  }
  redisReply *reply = (redisReply *)redisCommand(ctx, "INCR %s", repl);
  if (!reply) {
    fprintf(stderr, "FATAL: Redis error\n");
    exit(-1);
  }
  freeReplyObject(reply);
}

int main(void) {
  for (long i = 0; i < 100000000; ++i) _souper_profile("%0:i32 = var");
  return 0;
}
