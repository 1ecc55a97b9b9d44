// A client stored into a namespace-scope variable outlives the call: nothing
// is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>

static redisContext *Context;
static std::shared_ptr<grpc::Channel> Channel;

namespace app {
redisContext *NamespacedContext;
} // namespace app

// The factory's result is assigned to the global directly.
static void storeDirectly(const httplib::Request &, httplib::Response &) {
  redisFree(Context);
  Context = redisConnect("127.0.0.1", 6379);
}
static void registerStoreDirectly(httplib::Server &S) {
  S.Get("/a", storeDirectly);
}

// The handle is held in a local, then assigned to a namespaced global.
static void storeThroughLocal(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisFree(app::NamespacedContext);
  app::NamespacedContext = C;
}
static void registerStoreThroughLocal(httplib::Server &S) {
  S.Get("/b", storeThroughLocal);
}

// A channel's shared_ptr is assigned to the global.
static void storeSharedPtr(const httplib::Request &, httplib::Response &) {
  auto Made = grpc::CreateChannel("localhost:50051",
                                  grpc::InsecureChannelCredentials());
  Channel = Made;
}
static void registerStoreSharedPtr(httplib::Server &S) {
  S.Get("/c", storeSharedPtr);
}

// Control: a local channel that is not stored is reported.
static void controlNotStored(const httplib::Request &, httplib::Response &) {
  auto Made = grpc::CreateChannel("localhost:50051",
                                  grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-2]]:15: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'controlNotStored'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'controlNotStored' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Made->GetState(/*try_to_connect=*/true);
}
static void registerControl(httplib::Server &S) {
  S.Get("/d", controlNotStored);
}
