// A client handed back through an out-parameter outlives the call: nothing is
// reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>

// The factory's result is written through a pointer parameter.
static void connectInto(redisContext **Out) {
  *Out = redisConnect("127.0.0.1", 6379);
}

// The handle is held in a local, then written through a reference parameter.
static bool connectIntoReference(redisContext *&Out) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (!C || C->err)
    return false;
  Out = C;
  return true;
}

// A channel is written into a shared_ptr reference parameter.
static void channelInto(std::shared_ptr<grpc::Channel> &Out) {
  Out = grpc::CreateChannel("localhost:50051",
                            grpc::InsecureChannelCredentials());
}

static redisContext *First;
static redisContext *Second;
static std::shared_ptr<grpc::Channel> Channel;

static void handle(const httplib::Request &, httplib::Response &) {
  if (!First)
    connectInto(&First);
  if (!Second)
    connectIntoReference(Second);
  if (!Channel)
    channelInto(Channel);
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}

// Control: a helper that writes to its own local only is reported.
static void controlLocalOnly(redisContext **Out) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlLocalOnly'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'controlLocalOnly' is called by 'handleControl' here
  // CHECK: :[[@LINE+10]]:3: note: 'handleControl' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  *Out = nullptr;
  redisFree(C);
}
static void handleControl(const httplib::Request &, httplib::Response &) {
  redisContext *Unused;
  controlLocalOnly(&Unused);
}
static void registerControl(httplib::Server &S) {
  S.Get("/b", handleControl);
}
