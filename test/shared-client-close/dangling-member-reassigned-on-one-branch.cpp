// A member released and reassigned on one branch only still holds the
// closed client on the other.
// FIXME: should warn ("'redisFree' closes 'Ctx' but leaves it holding the
// closed 'redisContext'; ..."); any assignment after the release, on any
// path, counts as a reassignment today, so this is not reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <hiredis/hiredis.h>

class SessionCache {
public:
  // Reconnects only when asked to; otherwise keeps the freed context.
  void recycle(bool Reconnect) {
    redisFree(Ctx);
    if (Reconnect)
      Ctx = redisConnect("127.0.0.1", 6379);
  }

private:
  redisContext *Ctx = nullptr;
};
