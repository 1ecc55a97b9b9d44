// A client that a function returns outlives the call: the caller owns it, so
// the function that makes it is not reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

// The factory's raw result is returned directly.
static redisContext *returnRawDirectly() {
  return redisConnect("127.0.0.1", 6379);
}

// The raw handle is checked in a local, then returned.
static redisContext *returnRawFromLocal() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C && C->err) {
    redisFree(C);
    return nullptr;
  }
  return C;
}

// A unique_ptr made with make_unique is returned.
static std::unique_ptr<sw::redis::Redis> returnUniquePtr() {
  auto Redis = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
  return Redis;
}

// A channel's shared_ptr is returned.
static std::shared_ptr<grpc::Channel> returnSharedPtr() {
  std::shared_ptr<grpc::Channel> Channel = grpc::CreateChannel(
      "localhost:50051", grpc::InsecureChannelCredentials());
  return Channel;
}

// A client object is returned by value from a named local.
static sw::redis::Redis returnByValue() {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  return Redis;
}

// A client object is returned by value as a temporary.
static sw::redis::Redis returnTemporary() {
  return sw::redis::Redis("tcp://127.0.0.1:6379");
}

static redisContext *Context;
static redisContext *CheckedContext;
static std::unique_ptr<sw::redis::Redis> Redis;
static std::shared_ptr<grpc::Channel> Channel;
static std::unique_ptr<sw::redis::Redis> RedisByValue;
static std::unique_ptr<sw::redis::Redis> RedisTemporary;

// The handler calls each factory only while nothing is kept yet, so the
// factories are frequently invoked helpers whose results outlive them.
static void handle(const httplib::Request &, httplib::Response &) {
  if (!Context)
    Context = returnRawDirectly();
  if (!CheckedContext)
    CheckedContext = returnRawFromLocal();
  if (!Redis)
    Redis = returnUniquePtr();
  if (!Channel)
    Channel = returnSharedPtr();
  if (!RedisByValue)
    RedisByValue = std::make_unique<sw::redis::Redis>(returnByValue());
  if (!RedisTemporary)
    RedisTemporary = std::make_unique<sw::redis::Redis>(returnTemporary());
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}

// Control: a helper that frees what it made instead of returning it is
// reported.
static void controlNotReturned() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlNotReturned'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'controlNotReturned' is called by 'handleControl' here
  // CHECK: :[[@LINE+8]]:3: note: 'handleControl' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisFree(C);
}
static void handleControl(const httplib::Request &, httplib::Response &) {
  controlNotReturned();
}
static void registerControl(httplib::Server &S) {
  S.Get("/b", handleControl);
}
