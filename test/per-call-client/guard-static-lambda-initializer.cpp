// A client made by a lambda that initialises a static ('static auto X =
// []{...}();') is made once per process: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

// The lambda returns the factory's result directly.
static void lambdaReturnsHandle(const httplib::Request &, httplib::Response &) {
  static auto *C = [] { return redisConnect("127.0.0.1", 6379); }();
  redisCommand(C, "PING");
}
static void registerLambdaReturnsHandle(httplib::Server &S) {
  S.Get("/a", lambdaReturnsHandle);
}

// The lambda checks the connection in a local before returning it.
static void lambdaChecksHandle(const httplib::Request &, httplib::Response &) {
  static redisContext *C = [] {
    redisContext *Made = redisConnect("127.0.0.1", 6379);
    if (Made && Made->err) {
      redisFree(Made);
      return static_cast<redisContext *>(nullptr);
    }
    return Made;
  }();
  if (C)
    redisCommand(C, "PING");
}
static void registerLambdaChecksHandle(httplib::Server &S) {
  S.Get("/b", lambdaChecksHandle);
}

// The lambda builds a shared client.
static void lambdaMakesShared(const httplib::Request &, httplib::Response &) {
  static auto Redis = [] {
    auto Made = std::make_shared<sw::redis::Redis>("tcp://127.0.0.1:6379");
    return Made;
  }();
  Redis->incr("hits");
}
static void registerLambdaMakesShared(httplib::Server &S) {
  S.Get("/c", lambdaMakesShared);
}

// Control: the same connection made in a non-static local is reported.
static void controlNonStatic(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlNonStatic'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'controlNonStatic' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerControl(httplib::Server &S) {
  S.Get("/d", controlNonStatic);
}
