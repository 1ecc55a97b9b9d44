// SOURCE: sipwise/rtpengine daemon/redis.c (search-index id 8285406039; redis_async_context_disconnect, redis_async_context_alloc, redis_notify_loop), after https://github.com/sipwise/rtpengine/pull/921
// LIBRARY: hiredis
// SHAPE: negative - the disconnect callback only logs and lets hiredis free the context; the notification thread allocates a new context after a breakdown and disconnects the current one once, when its loop ends at process shutdown
#include <event2/event.h>
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <stdio.h>
#include <unistd.h>

struct conf {
  const char *redis_host;
  int redis_port;
  redisAsyncContext *redis_notify_async_context;
  struct event_base *redis_notify_event_base;
};
struct callmaster {
  struct conf conf;
};

extern volatile int g_shutdown;
int redis_notify(struct callmaster *cm);
int redis_connection_lost(struct callmaster *cm);

void redis_async_context_disconnect(const redisAsyncContext *ctx,
                                    int status) {
  if (status == REDIS_ERR)
    fprintf(stderr, "redis_async_context_disconnect error %d on context free: %s\n",
            ctx->err, ctx->errstr);
  else
    fprintf(stderr, "redis_async_context_disconnect initiated by user\n");
}

int redis_async_context_alloc(struct callmaster *cm) {
  cm->conf.redis_notify_async_context =
      redisAsyncConnect(cm->conf.redis_host, cm->conf.redis_port);
  if (!cm->conf.redis_notify_async_context)
    return -1;
  if (cm->conf.redis_notify_async_context->err)
    return -1;
  if (redisAsyncSetDisconnectCallback(cm->conf.redis_notify_async_context,
                                      redis_async_context_disconnect) !=
      REDIS_OK)
    return -1;
  return 0;
}

void redis_notify_loop(void *d) {
  struct callmaster *cm = d;
  int redis_notify_return = 0;

  if (redis_async_context_alloc(cm) < 0)
    return;
  cm->conf.redis_notify_event_base = event_base_new();
  if (!cm->conf.redis_notify_event_base)
    return;
  redis_notify_return = redis_notify(cm);

  // loop redis_notify => in case of lost connection
  while (!g_shutdown) {
    usleep(100000);
    if (redis_connection_lost(cm) || redis_notify_return < 0) {
      // alloc new redis async context upon redis breakdown
      if (redis_async_context_alloc(cm) < 0)
        continue;
      redis_notify_return = redis_notify(cm);
    }
  }

  // free async context
  redisAsyncDisconnect(cm->conf.redis_notify_async_context);
  // free event base
  event_base_free(cm->conf.redis_notify_event_base);
}
