// Arguments that are the same on every call (literals, const and constexpr
// globals, library calls such as the credentials factory) do not block the
// fix: they move into the accessor unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only -isystem %inputs/include %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags | count 0

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <sw/redis++/redis++.h>

static const char *const RedisUri = "tcp://127.0.0.1:6379";
constexpr const char *Target = "a:1";

// A const global holds the address.
static void constGlobal(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis(RedisUri);
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'constGlobal'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'constGlobal' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.incr("hits");
}
static void registerConstGlobal(httplib::Server &S) {
  S.Get("/a", constGlobal);
}

// A constexpr global and a library call make up the arguments.
static void constexprAndLibraryCall(const httplib::Request &,
                                    httplib::Response &) {
  auto Channel = grpc::CreateChannel(Target, grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'constexprAndLibraryCall'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'constexprAndLibraryCall' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerConstexprAndLibraryCall(httplib::Server &S) {
  S.Get("/b", constexprAndLibraryCall);
}

// FIXED: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED: {{^}}    Instance = new sw::redis::Redis(RedisUri);{{$}}
// FIXED: {{^}}static void constGlobal(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis();{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED: {{^}}    Instance = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel(Target, grpc::InsecureChannelCredentials()));{{$}}
// FIXED: {{^}}  auto Channel = sharedChannel();{{$}}
