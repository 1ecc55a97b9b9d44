// SOURCE: public GitHub file with a Redis diagnostics logger (search-index id 71652569435; diag_redis; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the logger's private connection is reached only through its accessor, which frees a broken context and sets the global to NULL before reconnecting (at most every 10 s); every caller holds the log lock, so no one else can be using the freed context
#include <hiredis/hiredis.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

#define REDIS_HOST "127.0.0.1"
#define REDIS_PORT 6379

static redisContext *g_diag_ctx = NULL;
static pthread_mutex_t g_log_lock = PTHREAD_MUTEX_INITIALIZER;

/* Private Redis connection for diag messages (no logging inside: that
 * would recurse). Reconnects at most every 10 s after a failure. */
static redisContext *diag_redis(void) {
  static time_t last_try = 0;
  time_t now = time(NULL);

  if (g_diag_ctx && !g_diag_ctx->err)
    return g_diag_ctx;

  if (g_diag_ctx) {
    redisFree(g_diag_ctx);
    g_diag_ctx = NULL;
  }

  if (now - last_try < 10)
    return NULL;
  last_try = now;

  struct timeval tv = {0, 200000};
  g_diag_ctx = redisConnectWithTimeout(REDIS_HOST, REDIS_PORT, tv);
  if (g_diag_ctx && g_diag_ctx->err) {
    redisFree(g_diag_ctx);
    g_diag_ctx = NULL;
  }
  if (g_diag_ctx)
    redisSetTimeout(g_diag_ctx, tv);
  return g_diag_ctx;
}

/* Called from the MQTT client's callback threads. */
void diag_log(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);

  pthread_mutex_lock(&g_log_lock);
  redisContext *c = diag_redis();
  if (c) {
    redisReply *r = redisCommand(c, "PUBLISH diag %s", buf);
    if (r)
      freeReplyObject(r);
  }
  pthread_mutex_unlock(&g_log_lock);
}
