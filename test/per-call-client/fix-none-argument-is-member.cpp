// When the client's arguments use a data member, each object may hold a
// different value: a note says why there is no fix and the file is left
// unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- \
// RUN:   -std=c++17 -isystem %inputs/include
// RUN: diff %s %t.cpp

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <string>
#include <sw/redis++/redis++.h>

class Backend {
public:
  // The member is named without 'this->'.
  void implicitThis() {
    sw::redis::Redis Redis(Uri);
    // CHECK: :[[@LINE-1]]:22: warning: 'sw::redis::Redis' is constructed on every call to 'Backend::implicitThis'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+25]]:3: note: 'Backend::implicitThis' is called by 'handle' here
    // CHECK: :[[@LINE+28]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-4]]:22: note: no automatic fix: its arguments use the member 'Uri'
    Redis.incr("hits");
  }

  // The member is named through 'this->'.
  void explicitThis() {
    auto Channel =
        grpc::CreateChannel(this->Target, grpc::InsecureChannelCredentials());
    // CHECK: :[[@LINE-1]]:9: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'Backend::explicitThis'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
    // CHECK: :[[@LINE+15]]:3: note: 'Backend::explicitThis' is called by 'handle' here
    // CHECK: :[[@LINE+17]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-4]]:9: note: no automatic fix: its arguments use the member 'Target'
    Channel->GetState(/*try_to_connect=*/true);
  }

private:
  std::string Uri = "tcp://127.0.0.1:6379";
  std::string Target = "a:1";
};

static Backend TheBackend;

static void handle(const httplib::Request &, httplib::Response &) {
  TheBackend.implicitThis();
  TheBackend.explicitThis();
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}
