// SOURCE: https://github.com/redis/hiredis/issues/965 (CRedisSubscriber::disconnect: `redisAsyncDisconnect(_redis_context); _redis_context = NULL;`)
// LIBRARY: hiredis
// SHAPE: negative - a member async context is disconnected and the member reset to NULL right after, in a method named disconnect
#include <event2/event.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

class CRedisSubscriber {
public:
  bool disconnect() {
    event_base_loopbreak(_event_base);
    if (_redis_context) {
      redisAsyncDisconnect(_redis_context);
      _redis_context = NULL;
    }
    return true;
  }

private:
  struct event_base *_event_base = nullptr;
  redisAsyncContext *_redis_context = nullptr;
};
