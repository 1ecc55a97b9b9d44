// Stand-in for protoc-generated code of a two-service setup (a front service that calls a
// backend service), declarations only, with the signatures protoc generates.
#pragma once
#pragma GCC system_header
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/service_type.h>
#include <grpcpp/impl/codegen/stub_options.h>
#include <grpcpp/support/server_callback.h>
#include <memory>
#include <string>

namespace gateway {
class Request {
public:
  const std::string &id() const;
  void set_id(const std::string &value);
};
class Reply {
public:
  const std::string &payload() const;
  void set_payload(const std::string &value);
};
class Backend final {
public:
  class Stub final {
  public:
    Stub(const std::shared_ptr<::grpc::ChannelInterface> &channel);
    ::grpc::Status Fetch(::grpc::ClientContext *context, const Request &request, Reply *response);
  };
  static std::unique_ptr<Stub> NewStub(const std::shared_ptr<::grpc::ChannelInterface> &channel,
                                       const ::grpc::StubOptions &options = ::grpc::StubOptions());
};
class Front final {
public:
  class Service : public ::grpc::Service {
  public:
    Service();
    virtual ~Service();
    virtual ::grpc::Status Get(::grpc::ServerContext *context, const Request *request, Reply *response);
  };
  class CallbackService : public ::grpc::Service {
  public:
    CallbackService();
    virtual ~CallbackService();
    virtual ::grpc::ServerUnaryReactor *Get(::grpc::CallbackServerContext *context, const Request *request,
                                            Reply *response);
  };
};
} // namespace gateway
