// A client held in a function-local static is made once per process, not
// once per call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <sw/redis++/redis++.h>

// A static local pointer initialised by the factory.
static void staticHandle(const httplib::Request &, httplib::Response &) {
  static redisContext *C = redisConnect("127.0.0.1", 6379);
  redisCommand(C, "PING");
}
static void registerStaticHandle(httplib::Server &S) {
  S.Get("/a", staticHandle);
}

// A static local client object.
static void staticObject(const httplib::Request &, httplib::Response &Res) {
  static sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  Res.set_content(Redis.get("k").value_or(""), "text/plain");
}
static void registerStaticObject(httplib::Server &S) {
  S.Get("/b", staticObject);
}

// A static local shared_ptr to a channel.
static void staticChannel(const httplib::Request &, httplib::Response &) {
  static std::shared_ptr<grpc::Channel> Channel = grpc::CreateChannel(
      "localhost:50051", grpc::InsecureChannelCredentials());
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerStaticChannel(httplib::Server &S) {
  S.Get("/c", staticChannel);
}

// Control: the same handler without 'static' is reported.
static void controlNotStatic(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlNotStatic'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'controlNotStatic' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerControl(httplib::Server &S) {
  S.Get("/d", controlNotStatic);
}
