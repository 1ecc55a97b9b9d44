// SOURCE: github.com/grpc/grpc/issues/18365 ("GRPC c++ file descriptor leak", repro github.com/IzakMarais/grpc-bug: "The client continually recreates a channel and a stub")
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: positive - CreateChannel (and NewStub) in the body of the client's request loop
#include <grpcpp/grpcpp.h>
#include <heldout_gen/services.grpc.pb.h>
#include <chrono>
#include <iostream>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

int main(int argc, char **argv) {
  std::string target = argc > 1 ? argv[1] : "localhost:50051";
  while (true) {
    auto channel = grpc::CreateChannel(target, grpc::InsecureChannelCredentials()); // EXPECT-WARN
    std::unique_ptr<Greeter::Stub> stub = Greeter::NewStub(channel);
    HelloRequest request;
    request.set_name("world");
    HelloReply reply;
    grpc::ClientContext context;
    grpc::Status status = stub->SayHello(&context, request, &reply);
    if (!status.ok()) std::cout << status.error_code() << std::endl;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}
