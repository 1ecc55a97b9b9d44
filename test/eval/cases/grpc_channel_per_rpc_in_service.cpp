// SOURCE: https://github.com/futurewei-cloud/alcor/issues/638 ("NCM always create a new gRPC channel and stub to send GoalState to ACA ... creating channel/stub can time-consuming") and https://github.com/dotnet-architecture/eShopOnContainers/issues/1385 ("A channel is being created for each request") - rendered as a C++ synchronous service that calls a backend
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: positive - gRPC service method (takes grpc::ServerContext) creates a channel to the backend on every RPC
#include "generated/gateway.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <string>

class FrontServiceImpl final : public gateway::Front::Service {
public:
  explicit FrontServiceImpl(std::string backend) : backend_(std::move(backend)) {}
  grpc::Status Get(grpc::ServerContext *context, const gateway::Request *request, gateway::Reply *reply) override {
    auto channel = grpc::CreateChannel(backend_, grpc::InsecureChannelCredentials()); // EXPECT-WARN
    auto stub = gateway::Backend::NewStub(channel);
    grpc::ClientContext ctx;
    ctx.set_deadline(context->deadline());
    return stub->Fetch(&ctx, *request, reply);
  }

private:
  std::string backend_;
};
