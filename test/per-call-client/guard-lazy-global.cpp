// A client created lazily into a namespace-scope variable on the first call
// and reused by later calls is not made on every call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>

static redisContext *Context;
static std::shared_ptr<grpc::Channel> Channel;

// A raw handle made when the global is still null.
static void lazyGlobalHandle(const httplib::Request &, httplib::Response &) {
  if (!Context)
    Context = redisConnect("127.0.0.1", 6379);
  redisCommand(Context, "PING");
}
static void registerLazyGlobalHandle(httplib::Server &S) {
  S.Get("/a", lazyGlobalHandle);
}

// A channel made when the global shared_ptr is still empty.
static void lazyGlobalChannel(const httplib::Request &, httplib::Response &) {
  if (!Channel)
    Channel = grpc::CreateChannel("localhost:50051",
                                  grpc::InsecureChannelCredentials());
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerLazyGlobalChannel(httplib::Server &S) {
  S.Get("/b", lazyGlobalChannel);
}

// Control: a local channel made on every call is reported.
static void controlLocalChannel(const httplib::Request &, httplib::Response &) {
  auto Local = grpc::CreateChannel("localhost:50051",
                                   grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-2]]:16: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'controlLocalChannel'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'controlLocalChannel' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Local->GetState(/*try_to_connect=*/true);
}
static void registerControl(httplib::Server &S) {
  S.Get("/c", controlLocalChannel);
}
