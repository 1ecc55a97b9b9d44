// With SharedClientStyle set to FunctionLocalStatic the process-wide accessor
// keeps the client in a function-local static instead of using
// std::call_once, and <mutex> is not included.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.SharedClientStyle: FunctionLocalStatic}}' \
// RUN:   -- -std=c++17 -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp \
// RUN:   -config='{CheckOptions: {resource-per-call-client.SharedClientStyle: FunctionLocalStatic}}' \
// RUN:   -- -std=c++17 -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp \
// RUN:   --implicit-check-not='{{^}}#include <mutex>' --implicit-check-not='{{^ *}}std::call_once'
// RUN: %clangxx -std=c++17 -fsyntax-only -isystem %inputs/include %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags | count 0

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <sw/redis++/redis++.h>

// A client object.
static void clientObject(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'clientObject'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'clientObject' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.incr("hits");
}
static void registerClientObject(httplib::Server &S) {
  S.Get("/a", clientObject);
}

// A channel held in a shared_ptr.
static void channel(const httplib::Request &, httplib::Response &) {
  auto Channel = grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'channel'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'channel' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerChannel(httplib::Server &S) {
  S.Get("/b", channel);
}

// FIXED: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED-NEXT: {{^}}  static sw::redis::Redis *Instance ={{$}}
// FIXED-NEXT: {{^}}      new sw::redis::Redis("tcp://127.0.0.1:6379");{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void clientObject(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis();{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED-NEXT: {{^}}  static std::shared_ptr<grpc::Channel> *Instance ={{$}}
// FIXED-NEXT: {{^}}      new std::shared_ptr<grpc::Channel>(grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials()));{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void channel(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto Channel = sharedChannel();{{$}}
