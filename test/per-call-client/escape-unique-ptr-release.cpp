// A client whose unique_ptr gives it up with release() into a member or a
// global outlives the call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

static sw::redis::Redis *GlobalRedis;

class Cache {
public:
  // release() hands the client to a raw member.
  void releaseIntoMember() {
    auto Made = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
    Made->incr("hits");
    delete Redis;
    Redis = Made.release();
  }

  // release() hands a handle owned with its deleter to a raw member.
  void releaseHandleIntoMember() {
    std::unique_ptr<redisContext, decltype(&redisFree)> Made(
        redisConnect("127.0.0.1", 6379), &redisFree);
    if (Made->err)
      return;
    redisFree(Context);
    Context = Made.release();
  }

  // Control: a unique_ptr that keeps the client until the call ends is
  // reported.
  void controlNotReleased() {
    auto Made = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
    // CHECK: :[[@LINE-1]]:17: warning: 'sw::redis::Redis' is constructed on every call to 'Cache::controlNotReleased'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+24]]:3: note: 'Cache::controlNotReleased' is called by 'handle' here
    // CHECK: :[[@LINE+26]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-4]]:17: note: no automatic fix: the factory's result cannot be copied from a shared accessor
    Made->incr("hits");
  }

private:
  sw::redis::Redis *Redis = nullptr;
  redisContext *Context = nullptr;
};

static Cache TheCache;

// release() hands the client to a global.
static void releaseIntoGlobal() {
  auto Made = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
  delete GlobalRedis;
  GlobalRedis = Made.release();
}

static void handle(const httplib::Request &, httplib::Response &) {
  TheCache.releaseIntoMember();
  TheCache.releaseHandleIntoMember();
  releaseIntoGlobal();
  TheCache.controlNotReleased();
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}
