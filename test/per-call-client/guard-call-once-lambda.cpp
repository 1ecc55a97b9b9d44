// A client made inside the lambda that std::call_once runs is made once per
// process: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <mutex>
#include <sw/redis++/redis++.h>

static std::once_flag RedisOnce;
static redisContext *SharedContext;

// A raw handle stored in a global under a global once_flag.
static void callOnceHandle(const httplib::Request &, httplib::Response &) {
  std::call_once(RedisOnce,
                 [] { SharedContext = redisConnect("127.0.0.1", 6379); });
  redisCommand(SharedContext, "PING");
}
static void registerCallOnceHandle(httplib::Server &S) {
  S.Get("/a", callOnceHandle);
}

static std::unique_ptr<sw::redis::Redis> SharedRedis;

// A client made with make_unique under a function-local once_flag.
static void callOnceMakeUnique(const httplib::Request &, httplib::Response &) {
  static std::once_flag Once;
  std::call_once(Once, [] {
    SharedRedis = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
  });
  SharedRedis->incr("hits");
}
static void registerCallOnceMakeUnique(httplib::Server &S) {
  S.Get("/b", callOnceMakeUnique);
}

// A channel made in a lambda with a local holder, assigned to a global.
static std::shared_ptr<grpc::Channel> SharedChannel;
static void callOnceChannel(const httplib::Request &, httplib::Response &) {
  static std::once_flag Once;
  std::call_once(Once, [] {
    auto Channel = grpc::CreateChannel("localhost:50051",
                                       grpc::InsecureChannelCredentials());
    SharedChannel = Channel;
  });
  SharedChannel->GetState(/*try_to_connect=*/true);
}
static void registerCallOnceChannel(httplib::Server &S) {
  S.Get("/c", callOnceChannel);
}

// Control: the same connection made without std::call_once is reported.
static void controlWithoutCallOnce(const httplib::Request &,
                                   httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlWithoutCallOnce'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'controlWithoutCallOnce' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerControl(httplib::Server &S) {
  S.Get("/d", controlWithoutCallOnce);
}
