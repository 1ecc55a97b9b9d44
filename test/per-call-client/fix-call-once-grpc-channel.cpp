// A gRPC channel made on every call becomes one process-wide channel made
// under std::call_once, whether it is held with 'auto', with its explicit
// shared_ptr type, or passed straight into a generated NewStub; the fix is on
// the warning, so --fix applies it.
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

// The channel is held with 'auto'.
static void autoChannel(const httplib::Request &, httplib::Response &) {
  auto Channel = grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'autoChannel'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'autoChannel' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerAutoChannel(httplib::Server &S) {
  S.Get("/a", autoChannel);
}

// The channel is held with its explicit shared_ptr type.
static void explicitType(const httplib::Request &, httplib::Response &) {
  std::shared_ptr<grpc::Channel> Channel =
      grpc::CreateChannel("b:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:7: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'explicitType'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'explicitType' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerExplicitType(httplib::Server &S) {
  S.Get("/b", explicitType);
}

// The channel goes straight into the generated NewStub.
static void intoNewStub(const httplib::Request &, httplib::Response &) {
  auto Stub = Greeter::NewStub(
      grpc::CreateChannel("c:1", grpc::InsecureChannelCredentials()));
  // CHECK: :[[@LINE-1]]:7: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'intoNewStub'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'intoNewStub' is registered with 'httplib::Server::Get' here as an HTTP request handler
  (void)Stub;
}
static void registerIntoNewStub(httplib::Server &S) {
  S.Get("/c", intoNewStub);
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static std::shared_ptr<grpc::Channel> *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials()));{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void autoChannel(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto Channel = sharedChannel();{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel2() {{{$}}
// FIXED: {{^}}    Instance = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel("b:1", grpc::InsecureChannelCredentials()));{{$}}
// FIXED: {{^}}static void explicitType(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  std::shared_ptr<grpc::Channel> Channel ={{$}}
// FIXED-NEXT: {{^}}      sharedChannel2();{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel3() {{{$}}
// FIXED: {{^}}    Instance = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel("c:1", grpc::InsecureChannelCredentials()));{{$}}
// FIXED: {{^}}static void intoNewStub(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto Stub = Greeter::NewStub({{$}}
// FIXED-NEXT: {{^}}      sharedChannel3());{{$}}
