// A per-call channel held in a local and then given to a generated stub is
// still one shared channel's worth of work: the stub only adds a reference,
// so the channel gets the call_once accessor on the warning.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <memory>

// What protoc's gRPC plugin generates for 'service Greeter', reduced.
class Greeter final {
public:
  class Stub final {
  public:
    explicit Stub(const std::shared_ptr<grpc::ChannelInterface> &Channel);
  };
  static std::unique_ptr<Stub>
  NewStub(const std::shared_ptr<grpc::ChannelInterface> &Channel);
};

// The channel is held in a local, then handed to NewStub.
static void localChannelIntoStub(const httplib::Request &, httplib::Response &) {
  auto Channel = grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'localChannelIntoStub'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'localChannelIntoStub' is registered with 'httplib::Server::Get' here as an HTTP request handler
  auto Stub = Greeter::NewStub(Channel);
  (void)Stub;
}
static void registerLocalChannelIntoStub(httplib::Server &S) {
  S.Get("/a", localChannelIntoStub);
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED: {{^}}    Instance = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials()));{{$}}
// FIXED: {{^}}static void localChannelIntoStub(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto Channel = sharedChannel();{{$}}
// FIXED: {{^}}  auto Stub = Greeter::NewStub(Channel);{{$}}
