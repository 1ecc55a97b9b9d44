// SOURCE: hiredis README "The context object is always freed after the disconnect callback fired" (https://github.com/redis/hiredis#asynchronous-api); rendered from C++ pub/sub wrappers that register a static member function as the disconnect callback and free the context there on an error status
// LIBRARY: hiredis
// SHAPE: positive - a static member function passed as &Subscriber::onDisconnect to redisAsyncSetDisconnectCallback frees its own context on an abnormal disconnect; hiredis frees it again when the callback returns
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <cstdio>

class Subscriber {
public:
  bool start(struct event_base *Base, const char *Host) {
    Ac = redisAsyncConnect(Host, 6379);
    if (Ac == nullptr || Ac->err)
      return false;
    redisLibeventAttach(Ac, Base);
    Ac->data = this;
    redisAsyncSetDisconnectCallback(Ac, &Subscriber::onDisconnect);
    return redisAsyncCommand(Ac, nullptr, nullptr, "SUBSCRIBE events") ==
           REDIS_OK;
  }

private:
  static void onDisconnect(const redisAsyncContext *C, int Status) {
    auto *Self = static_cast<Subscriber *>(C->data);
    if (Status != REDIS_OK) {
      std::fprintf(stderr, "redis disconnected: %s\n", C->errstr);
      redisAsyncFree(const_cast<redisAsyncContext *>(C)); // EXPECT-WARN
    }
    Self->Ac = nullptr;
  }

  redisAsyncContext *Ac = nullptr;
};
