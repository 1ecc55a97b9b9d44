// Stand-in for the code protoc --grpc_out generates from grpc/grpc examples/protos/helloworld.proto
// (declarations only, with the generated signatures), so cases compile without running protoc.
#pragma once
#pragma GCC system_header
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/service_type.h>
#include <grpcpp/impl/codegen/stub_options.h>
#include <grpcpp/support/server_callback.h>
#include <memory>
#include <string>

namespace helloworld {
class HelloRequest {
public:
  const std::string &name() const;
  void set_name(const std::string &value);
};
class HelloReply {
public:
  const std::string &message() const;
  void set_message(const std::string &value);
};
class Greeter final {
public:
  class StubInterface {
  public:
    virtual ~StubInterface() {}
    virtual ::grpc::Status SayHello(::grpc::ClientContext *context, const ::helloworld::HelloRequest &request,
                                    ::helloworld::HelloReply *response) = 0;
  };
  class Stub final : public StubInterface {
  public:
    Stub(const std::shared_ptr<::grpc::ChannelInterface> &channel);
    ::grpc::Status SayHello(::grpc::ClientContext *context, const ::helloworld::HelloRequest &request,
                            ::helloworld::HelloReply *response) override;
  };
  static std::unique_ptr<Stub> NewStub(const std::shared_ptr<::grpc::ChannelInterface> &channel,
                                       const ::grpc::StubOptions &options = ::grpc::StubOptions());
  class Service : public ::grpc::Service {
  public:
    Service();
    virtual ~Service();
    virtual ::grpc::Status SayHello(::grpc::ServerContext *context, const ::helloworld::HelloRequest *request,
                                    ::helloworld::HelloReply *response);
  };
};
} // namespace helloworld
