// SOURCE: public GitHub file, subscribe_to_topic (search-index id 12028870128; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - on 'ac->err' the function returns NULL without redisAsyncFree, and the event base made just before is dropped on that return too (on success the base stays attached to the returned context)
#include <event2/event.h>
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

#define REDIS_HOSTNAME "127.0.0.1"
#define REDIS_PORT 6379

static void __on_message(redisAsyncContext *c, void *reply, void *privdata) {
  (void)c;
  (void)reply;
  (void)privdata;
}

redisAsyncContext *subscribe_to_topic(const char topic[], void *callback) {
  struct event_base *base = event_base_new(); // EXPECT-WARN
  // establish connection to redis-server
  redisAsyncContext *ac = redisAsyncConnect(REDIS_HOSTNAME, REDIS_PORT); // EXPECT-WARN
  // error handler
  if (ac->err) {
    printf("error: %s\n", ac->errstr);
    return NULL;
  }
  redisLibeventAttach(ac, base);

  // Sends SUBSCRIBE-command with the given topic to redis
  redisAsyncCommand(ac, __on_message, callback, "SUBSCRIBE %s", topic);
  event_base_dispatch(base);
  return ac;
}
