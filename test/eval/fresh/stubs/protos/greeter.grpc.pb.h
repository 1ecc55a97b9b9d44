// Minimal stand-in for protoc-generated gRPC code (helloworld-style service), so the
// cases compile without running protoc. Shapes follow grpc's generated *.grpc.pb.h.
#pragma GCC system_header
#pragma once
#include <memory>
#include <string>
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/service_type.h>
namespace helloworld {
class HelloRequest {
 public:
  void set_name(const std::string &);
  const std::string &name() const;
};
class HelloReply {
 public:
  const std::string &message() const;
  void set_message(const std::string &);
};
class Greeter final {
 public:
  class StubInterface { public: virtual ~StubInterface() {} };
  class Stub final : public StubInterface {
   public:
    explicit Stub(const std::shared_ptr<::grpc::ChannelInterface> &channel);
    ::grpc::Status SayHello(::grpc::ClientContext *context, const HelloRequest &request, HelloReply *response);
  };
  static std::unique_ptr<Stub> NewStub(const std::shared_ptr<::grpc::ChannelInterface> &channel);
  class Service : public ::grpc::Service {
   public:
    Service();
    virtual ~Service();
    virtual ::grpc::Status SayHello(::grpc::ServerContext *context, const HelloRequest *request, HelloReply *response);
  };
};
}  // namespace helloworld
