// SOURCE: https://github.com/grpc/grpc/issues/28429 ("Input something other than x, create a channel and throw a request to the server" - memory not released grows with the number of inputs)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: positive - for every console line the loop builds a GreeterClient over a freshly created channel
#include "generated/helloworld.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <iostream>
#include <string>

using grpc::Channel;
using grpc::ClientContext;
using grpc::Status;
using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

class GreeterClient {
public:
  explicit GreeterClient(std::shared_ptr<Channel> channel) : stub_(Greeter::NewStub(channel)) {}
  std::string SayHello(const std::string &user) {
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    ClientContext context;
    Status status = stub_->SayHello(&context, request, &reply);
    if (status.ok())
      return reply.message();
    return "RPC failed";
  }

private:
  std::unique_ptr<Greeter::Stub> stub_;
};

int main(int argc, char **argv) {
  std::string input;
  while (true) {
    std::cin >> input;
    if (input == "x")
      break;
    GreeterClient greeter(grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials())); // EXPECT-WARN
    std::string reply = greeter.SayHello(input);
    std::cout << "Greeter received: " << reply << std::endl;
  }
  return 0;
}
