// SOURCE: https://github.com/redis/hiredis/issues/1201 ("I use a context per thread") - rendered with a per-thread context kept in pthread-specific data, freed by the key's destructor when the thread exits
// LIBRARY: hiredis
// SHAPE: negative - the release is in the pthread key destructor and frees that thread's own context, received as a parameter
#include <hiredis/hiredis.h>
#include <pthread.h>
#include <stddef.h>

static pthread_key_t ctx_key;
static pthread_once_t ctx_once = PTHREAD_ONCE_INIT;

static void thread_ctx_dtor(void *p) { redisFree((redisContext *)p); }

static void make_key(void) { pthread_key_create(&ctx_key, thread_ctx_dtor); }

redisContext *thread_redis(void) {
  pthread_once(&ctx_once, make_key);
  redisContext *c = pthread_getspecific(ctx_key);
  if (c == NULL) {
    c = redisConnect("127.0.0.1", 6379);
    pthread_setspecific(ctx_key, c);
  }
  return c;
}
