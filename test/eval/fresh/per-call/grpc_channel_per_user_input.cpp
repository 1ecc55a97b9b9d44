// SOURCE: https://github.com/grpc/grpc/issues/28429
// LIBRARY: grpc
// SHAPE: positive - every line typed (other than "x") creates a new channel and GreeterClient inside the input loop
// FLAGS: -I../stubs
#include <grpcpp/grpcpp.h>
#include <protos/greeter.grpc.pb.h>

#include <iostream>
#include <memory>
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

int main() {
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
