// A client passed to a helper by reference, or as a raw handle that the
// caller frees afterwards, does not escape: the helper only uses it during
// the call, so the per-call client is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <string>
#include <sw/redis++/redis++.h>

static std::string readKey(sw::redis::Redis &Redis) {
  return Redis.get("k").value_or("");
}
static void ping(redisContext *&C) { redisCommand(C, "PING"); }
static void pingByValue(redisContext *C) { redisCommand(C, "PING"); }

// A client object passed by reference to a helper.
static void objectByReference(const httplib::Request &, httplib::Response &Res) {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'objectByReference'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'objectByReference' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Res.set_content(readKey(Redis), "text/plain");
}
static void registerObjectByReference(httplib::Server &S) {
  S.Get("/a", objectByReference);
}

// A raw handle passed by reference to a helper, then freed.
static void handleByReference(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'handleByReference'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'handleByReference' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  ping(C);
  redisFree(C);
}
static void registerHandleByReference(httplib::Server &S) {
  S.Get("/b", handleByReference);
}

// A raw handle passed by value to a helper, then freed.
static void handleByValue(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'handleByValue'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'handleByValue' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  pingByValue(C);
  redisFree(C);
}
static void registerHandleByValue(httplib::Server &S) {
  S.Get("/c", handleByValue);
}
