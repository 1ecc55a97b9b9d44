// SOURCE: https://github.com/futurewei-cloud/alcor/issues/638 ("always create a new gRPC channel and stub to send GoalState ... creating channel/stub can time-consuming") - rendered with the C++ callback API (grpc::CallbackServerContext)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: positive - callback-API service method creates a channel per RPC
#include "generated/gateway.grpc.pb.h"
#include <grpcpp/grpcpp.h>

class FrontCallbackImpl final : public gateway::Front::CallbackService {
  grpc::ServerUnaryReactor *Get(grpc::CallbackServerContext *context, const gateway::Request *request,
                                gateway::Reply *reply) override {
    auto channel = grpc::CreateChannel("aca-node:50001", grpc::InsecureChannelCredentials()); // EXPECT-WARN
    auto stub = gateway::Backend::NewStub(channel);
    grpc::ClientContext ctx;
    grpc::Status s = stub->Fetch(&ctx, *request, reply);
    auto *reactor = context->DefaultReactor();
    reactor->Finish(s);
    return reactor;
  }
};
