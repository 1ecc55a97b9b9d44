// SOURCE: public GitHub file (search-index id 14662084217; the index does not name its repository): a webhook daemon's signal handler stops the MHD daemon, frees the global Redis context and sets it to NULL
// LIBRARY: hiredis
// SHAPE: negative - the SIGINT/SIGTERM handler is the daemon's shutdown: it frees the global once and resets it; nothing in this check's class is wrong (async-signal safety is another matter)
#include <hiredis/hiredis.h>
#include <signal.h>
#include <stddef.h>
#include <syslog.h>

static redisContext *redis_ctx = NULL;
static volatile sig_atomic_t keep_running = 1;

static void handle_signal(int signum) {
  syslog(LOG_INFO, "Received signal %d, shutting down...", signum);
  keep_running = 0;
  if (redis_ctx) {
    syslog(LOG_INFO, "Closing Redis connection");
    redisFree(redis_ctx);
    redis_ctx = NULL;
  }
}

int main(void) {
  redis_ctx = redisConnect("127.0.0.1", 6379);
  if (redis_ctx == NULL || redis_ctx->err)
    return 1;
  signal(SIGINT, handle_signal);
  signal(SIGTERM, handle_signal);
  while (keep_running)
    freeReplyObject(redisCommand(redis_ctx, "PING"));
  return 0;
}
