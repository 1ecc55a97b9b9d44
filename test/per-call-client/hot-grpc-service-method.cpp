// An override of a generated gRPC service method (one that takes a
// grpc::ServerContext) runs once per RPC: a channel created in it is created
// for every RPC.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/service_type.h>

// What protoc's gRPC plugin generates for `service Greeter { rpc SayHello }`.
namespace helloworld {
struct HelloRequest {};
struct HelloReply {};
class Greeter final {
public:
  class Service : public ::grpc::Service {
  public:
    Service();
    virtual ~Service();
    virtual ::grpc::Status SayHello(::grpc::ServerContext *Context,
                                    const HelloRequest *Request,
                                    HelloReply *Reply);
  };
};
} // namespace helloworld

class GreeterImpl final : public helloworld::Greeter::Service {
  // Every SayHello call dials the translation backend anew.
  ::grpc::Status SayHello(::grpc::ServerContext *,
                          const helloworld::HelloRequest *,
                          helloworld::HelloReply *) override {
    std::shared_ptr<grpc::Channel> Backend = grpc::CreateChannel(
        "translate:50051", grpc::InsecureChannelCredentials());
    // CHECK: :[[@LINE-2]]:46: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'GreeterImpl::SayHello'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
    // CHECK: :[[@LINE-6]]:18: note: 'GreeterImpl::SayHello' is a gRPC service method, run once per RPC: it takes a 'grpc::ServerContext'
    return Backend ? ::grpc::Status::OK : ::grpc::Status::CANCELLED;
  }
};
