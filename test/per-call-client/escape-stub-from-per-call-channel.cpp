// A generated gRPC stub built on a channel made in the handler dies with the
// handler, and so does the channel: the channel is reported even though it
// was handed to NewStub.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

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

// The channel is made inside the NewStub call.
static void stubFromNewChannel(const httplib::Request &, httplib::Response &) {
  auto Stub = Greeter::NewStub(grpc::CreateChannel(
      "localhost:50051", grpc::InsecureChannelCredentials()));
  // CHECK: :[[@LINE-2]]:32: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'stubFromNewChannel'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'stubFromNewChannel' is registered with 'httplib::Server::Get' here as an HTTP request handler
  (void)Stub;
}
static void registerStubFromNewChannel(httplib::Server &S) {
  S.Get("/a", stubFromNewChannel);
}

// The stub object is constructed on a new channel.
static void stubObject(const httplib::Request &, httplib::Response &) {
  Greeter::Stub Stub(grpc::CreateChannel("localhost:50051",
                                         grpc::InsecureChannelCredentials()));
  // CHECK: :[[@LINE-2]]:22: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'stubObject'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'stubObject' is registered with 'httplib::Server::Get' here as an HTTP request handler
  (void)Stub;
}
static void registerStubObject(httplib::Server &S) {
  S.Get("/b", stubObject);
}

static std::unique_ptr<Greeter::Stub> KeptStub;

// Control: a stub kept in a global keeps its channel alive; not reported.
static void stubKept(const httplib::Request &, httplib::Response &) {
  if (!KeptStub)
    KeptStub = Greeter::NewStub(grpc::CreateChannel(
        "localhost:50051", grpc::InsecureChannelCredentials()));
}
static void registerStubKept(httplib::Server &S) {
  S.Get("/c", stubKept);
}
