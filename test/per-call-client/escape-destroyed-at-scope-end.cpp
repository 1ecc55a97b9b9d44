// A client object or smart pointer that is destroyed when the function
// returns does not escape: the per-call client is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

// A client object destroyed at the end of the handler.
static void clientObject(const httplib::Request &, httplib::Response &Res) {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'clientObject'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'clientObject' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Res.set_content(Redis.get("k").value_or(""), "text/plain");
}
static void registerClientObject(httplib::Server &S) {
  S.Get("/a", clientObject);
}

// A client object destroyed at the end of an inner block.
static void innerBlock(const httplib::Request &, httplib::Response &) {
  {
    sw::redis::Redis Redis("tcp://127.0.0.1:6379");
    // CHECK: :[[@LINE-1]]:22: warning: 'sw::redis::Redis' is constructed on every call to 'innerBlock'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+5]]:3: note: 'innerBlock' is registered with 'httplib::Server::Get' here as an HTTP request handler
    Redis.incr("hits");
  }
}
static void registerInnerBlock(httplib::Server &S) {
  S.Get("/b", innerBlock);
}

// A channel's last shared_ptr is dropped at the end of the handler.
static void channelSharedPtr(const httplib::Request &, httplib::Response &) {
  auto Channel = grpc::CreateChannel("localhost:50051",
                                     grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-2]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'channelSharedPtr'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'channelSharedPtr' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerChannelSharedPtr(httplib::Server &S) {
  S.Get("/c", channelSharedPtr);
}

// A client owned by a local unique_ptr.
static void uniquePtr(const httplib::Request &, httplib::Response &) {
  auto Redis = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:16: warning: 'sw::redis::Redis' is constructed on every call to 'uniquePtr'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'uniquePtr' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:16: note: no automatic fix: the factory's result cannot be copied from a shared accessor
  Redis->incr("hits");
}
static void registerUniquePtr(httplib::Server &S) {
  S.Get("/d", uniquePtr);
}

// A temporary client used for one command.
static void temporary(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis("tcp://127.0.0.1:6379").incr("hits");
  // CHECK: :[[@LINE-1]]:3: warning: 'sw::redis::Redis' is constructed on every call to 'temporary'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'temporary' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:3: note: no automatic fix: the client is a temporary
}
static void registerTemporary(httplib::Server &S) {
  S.Get("/e", temporary);
}
