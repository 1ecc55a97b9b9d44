// SOURCE: https://github.com/grpc/grpc/issues/22053 (the "channel in while cycle version" the reporter compares against)
// LIBRARY: grpc
// SHAPE: positive - the channel is created inside the while loop, once per iteration, and handed to a short-lived client
// FLAGS: -I../stubs
#include <grpcpp/grpcpp.h>
#include <protos/greeter.grpc.pb.h>

#include <unistd.h>
#include <memory>
#include <string>

class GreeterClient {
 public:
  explicit GreeterClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(helloworld::Greeter::NewStub(channel)) {}
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
