// SOURCE: https://github.com/grpc/grpc/issues/22053 (helloworld client: the "channel in while cycle version" creates grpc::CreateChannel on every iteration of while(true); memory grows compared to the version with the channel outside)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: positive - channel created inside main's infinite loop and dropped at the end of each iteration
#include "generated/helloworld.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <string>
#include <unistd.h>

class GreeterClient {
public:
  GreeterClient(std::shared_ptr<grpc::Channel> channel) : stub_(helloworld::Greeter::NewStub(channel)) {}
  std::string SayHello(const std::string &user) {
    helloworld::HelloRequest request;
    request.set_name(user);
    helloworld::HelloReply reply;
    grpc::ClientContext context;
    grpc::Status status = stub_->SayHello(&context, request, &reply);
    return status.ok() ? reply.message() : "RPC failed";
  }

private:
  std::unique_ptr<helloworld::Greeter::Stub> stub_;
};

int main(int argc, char **argv) {
  while (true) {
    auto channel = grpc::CreateChannel("localhost:50052", grpc::InsecureChannelCredentials()); // EXPECT-WARN
    GreeterClient greeter(channel);
    std::string user("world");
    std::string reply = greeter.SayHello(user);
    usleep(1);
  }
  return 0;
}
