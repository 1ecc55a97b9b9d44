// Held-out stand-in for protoc-generated gRPC code (the shape grpc_cpp_plugin emits),
// built on the real installed <grpcpp/...> headers, so no protoc run is needed.
#pragma GCC system_header
#pragma once
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/service_type.h>
#include <grpcpp/support/stub_options.h>
#include <grpcpp/support/server_callback.h>
#include <memory>
#include <string>

#define HELDOUT_MESSAGE(Name)                                  \
  class Name {                                                 \
   public:                                                     \
    const std::string &name() const;                           \
    void set_name(const std::string &v);                       \
    const std::string &message() const;                        \
    void set_message(const std::string &v);                    \
    const std::string &key() const;                            \
    void set_key(const std::string &v);                        \
    int error() const;                                         \
    void set_error(int v);                                     \
    void CopyFrom(const Name &other);                          \
  };

#define HELDOUT_SERVICE(Svc, Method, Req, Rsp)                                              \
  class Svc final {                                                                         \
   public:                                                                                  \
    class StubInterface {                                                                   \
     public:                                                                                \
      virtual ~StubInterface() {}                                                           \
      virtual ::grpc::Status Method(::grpc::ClientContext *context, const Req &request,     \
                                    Rsp *response) = 0;                                     \
    };                                                                                      \
    class Stub final : public StubInterface {                                               \
     public:                                                                                \
      Stub(const std::shared_ptr<::grpc::ChannelInterface> &channel,                        \
           const ::grpc::StubOptions &options = ::grpc::StubOptions());                     \
      ::grpc::Status Method(::grpc::ClientContext *context, const Req &request,             \
                            Rsp *response) override;                                        \
    };                                                                                      \
    static std::unique_ptr<Stub> NewStub(                                                   \
        const std::shared_ptr<::grpc::ChannelInterface> &channel,                           \
        const ::grpc::StubOptions &options = ::grpc::StubOptions());                        \
    class Service : public ::grpc::Service {                                                \
     public:                                                                                \
      Service();                                                                            \
      virtual ~Service();                                                                   \
      virtual ::grpc::Status Method(::grpc::ServerContext *context, const Req *request,     \
                                    Rsp *response);                                         \
    };                                                                                      \
    class CallbackService : public ::grpc::Service {                                        \
     public:                                                                                \
      CallbackService();                                                                    \
      virtual ~CallbackService();                                                           \
      virtual ::grpc::ServerUnaryReactor *Method(::grpc::CallbackServerContext *context,    \
                                                 const Req *request, Rsp *response);        \
    };                                                                                      \
  };

namespace helloworld {
HELDOUT_MESSAGE(HelloRequest)
HELDOUT_MESSAGE(HelloReply)
HELDOUT_SERVICE(Greeter, SayHello, HelloRequest, HelloReply)
}  // namespace helloworld

namespace message {
HELDOUT_MESSAGE(GetChatServerReq)
HELDOUT_MESSAGE(GetChatServerRsp)
HELDOUT_SERVICE(StatusService, GetChatServer, GetChatServerReq, GetChatServerRsp)
HELDOUT_MESSAGE(GetVarifyReq)
HELDOUT_MESSAGE(GetVarifyRsp)
HELDOUT_SERVICE(VarifyService, GetVarifyCode, GetVarifyReq, GetVarifyRsp)
}  // namespace message

namespace kv {
HELDOUT_MESSAGE(GetRequest)
HELDOUT_MESSAGE(GetReply)
HELDOUT_SERVICE(KeyValueStore, Get, GetRequest, GetReply)
HELDOUT_SERVICE(Storage, Fetch, GetRequest, GetReply)
}  // namespace kv
