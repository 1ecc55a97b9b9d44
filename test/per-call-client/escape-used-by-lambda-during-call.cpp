// A lambda that uses the client only while the function runs (called in
// place, or by an algorithm) does not make the client escape: the per-call
// client is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <algorithm>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <string>
#include <sw/redis++/redis++.h>
#include <vector>

// A client captured by reference in a lambda given to std::for_each.
static void forEachKey(const httplib::Request &, httplib::Response &) {
  std::vector<std::string> Keys = {"a", "b", "c"};
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'forEachKey'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'forEachKey' is registered with 'httplib::Server::Get' here as an HTTP request handler
  std::for_each(Keys.begin(), Keys.end(),
                [&](const std::string &Key) { Redis.incr(Key); });
}
static void registerForEachKey(httplib::Server &S) {
  S.Get("/a", forEachKey);
}

// A handle captured by a local lambda that is called, then freed.
static void localLambda(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'localLambda'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'localLambda' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  auto Ping = [C] { redisCommand(C, "PING"); };
  Ping();
  redisFree(C);
}
static void registerLocalLambda(httplib::Server &S) {
  S.Get("/b", localLambda);
}

// A handle returned by a lambda that is called in place, then freed.
static void lambdaCalledInPlace(const httplib::Request &, httplib::Response &) {
  redisContext *C = [] { return redisConnect("127.0.0.1", 6379); }();
  // CHECK: :[[@LINE-1]]:33: warning: 'redisConnect' creates a new 'redisContext' on every call to 'lambdaCalledInPlace'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'lambdaCalledInPlace' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:33: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerLambdaCalledInPlace(httplib::Server &S) {
  S.Get("/c", lambdaCalledInPlace);
}
