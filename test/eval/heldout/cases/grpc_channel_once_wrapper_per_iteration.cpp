// SOURCE: github.com/grpc/grpc/issues/22053 ("grpc c++ channel use for multi stub may have memory leak": `auto channel = grpc::CreateChannel("localhost:50052", ...); while(true) { GreeterClient greeter(channel); ... greeter.SayHello(user); usleep(1); }`)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - the channel is created once before the loop; only a wrapper holding a stub made from that shared channel is rebuilt per iteration
#include <grpcpp/grpcpp.h>
#include <heldout_gen/services.grpc.pb.h>
#include <memory>
#include <string>
#include <unistd.h>

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
    return status.ok() ? reply.message() : "RPC failed";
  }
 private:
  std::unique_ptr<Greeter::Stub> stub_;
};

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  auto channel = grpc::CreateChannel("localhost:50052", grpc::InsecureChannelCredentials());
  while (true) {
    GreeterClient greeter(channel);
    std::string user("world");
    std::string reply = greeter.SayHello(user);
    usleep(1);
  }
  return 0;
}
