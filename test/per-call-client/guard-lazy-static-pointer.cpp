// A client created lazily into a function-local static on the first call and
// reused by later calls is not made on every call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

// A static raw pointer filled when still null.
static void lazyStaticPointer(const httplib::Request &, httplib::Response &) {
  static redisContext *C = nullptr;
  if (!C)
    C = redisConnect("127.0.0.1", 6379);
  redisCommand(C, "PING");
}
static void registerLazyStaticPointer(httplib::Server &S) {
  S.Get("/a", lazyStaticPointer);
}

// A static unique_ptr filled with make_unique when still empty.
static void lazyStaticUniquePtr(const httplib::Request &, httplib::Response &) {
  static std::unique_ptr<sw::redis::Redis> Redis;
  if (!Redis)
    Redis = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
  Redis->incr("hits");
}
static void registerLazyStaticUniquePtr(httplib::Server &S) {
  S.Get("/b", lazyStaticUniquePtr);
}

// Control: the same handle in a non-static local is reported.
static void controlNonStatic(const httplib::Request &, httplib::Response &) {
  redisContext *C = nullptr;
  if (!C)
    C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:9: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlNonStatic'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'controlNonStatic' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:9: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerControl(httplib::Server &S) {
  S.Get("/c", controlNonStatic);
}
