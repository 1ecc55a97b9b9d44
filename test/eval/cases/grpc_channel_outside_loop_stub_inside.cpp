// SOURCE: https://github.com/grpc/grpc/issues/22053 (the reporter's baseline: auto channel = grpc::CreateChannel(...) before while(true); only GreeterClient (NewStub) is rebuilt per iteration)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - channel made once in main; the stub per iteration is cheap and not modelled
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
  auto channel = grpc::CreateChannel("localhost:50052", grpc::InsecureChannelCredentials());
  while (true) {
    GreeterClient greeter(channel);
    std::string user("world");
    std::string reply = greeter.SayHello(user);
    usleep(1);
  }
  return 0;
}
