// Two sites that create the same client with the same arguments share one
// accessor: it is inserted once and both sites call it.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp \
// RUN:   --implicit-check-not='sharedRedis2{{[(]}}' --implicit-check-not='sharedChannel2{{[(]}}'
// RUN: %clangxx -std=c++17 -fsyntax-only -isystem %inputs/include %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags | count 0

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <sw/redis++/redis++.h>

// Reads through a client to the same server as 'writeKey'.
static void readKey(const httplib::Request &, httplib::Response &Res) {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'readKey'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+25]]:3: note: 'readKey' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Res.set_content(Redis.get("k").value_or(""), "text/plain");
}

// Writes through a client to the same server as 'readKey'.
static void writeKey(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'writeKey'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+18]]:3: note: 'writeKey' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.set("k", "v");
}

// Two channels to the same target in one handler.
static void twoChannels(const httplib::Request &, httplib::Response &) {
  auto First = grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:16: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'twoChannels'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+11]]:3: note: 'twoChannels' is registered with 'httplib::Server::Get' here as an HTTP request handler
  auto Second = grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:17: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'twoChannels'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'twoChannels' is registered with 'httplib::Server::Get' here as an HTTP request handler
  First->GetState(/*try_to_connect=*/true);
  Second->GetState(/*try_to_connect=*/true);
}

static void registerHandlers(httplib::Server &S) {
  S.Get("/read", readKey);
  S.Get("/write", writeKey);
  S.Get("/two", twoChannels);
}

// FIXED: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED: {{^}}static void readKey(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis();{{$}}
// FIXED: {{^}}static void writeKey(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis();{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED: {{^}}static void twoChannels(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto First = sharedChannel();{{$}}
// FIXED: {{^}}  auto Second = sharedChannel();{{$}}
