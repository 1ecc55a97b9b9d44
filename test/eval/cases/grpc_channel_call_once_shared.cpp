// SOURCE: https://github.com/grpc/grpc/issues/2784 (maintainer: "the channel definitely is thread safe. Ideally, your app should be using just one channel to talk to a given server") - shared with std::call_once from the service method
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - channel created under std::call_once, so once per process, although the code sits in the RPC handler
#include "generated/gateway.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <memory>
#include <mutex>

class FrontServiceImpl final : public gateway::Front::Service {
public:
  grpc::Status Get(grpc::ServerContext *context, const gateway::Request *request, gateway::Reply *reply) override {
    std::call_once(once_, [this] {
      channel_ = grpc::CreateChannel("backend:50051", grpc::InsecureChannelCredentials());
      stub_ = gateway::Backend::NewStub(channel_);
    });
    grpc::ClientContext ctx;
    ctx.set_deadline(context->deadline());
    return stub_->Fetch(&ctx, *request, reply);
  }

private:
  std::once_flag once_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<gateway::Backend::Stub> stub_;
};
