// SOURCE: https://github.com/grpc/grpc/issues/18365 (minimal client in IzakMarais/grpc-bug)
// LIBRARY: grpc
// SHAPE: positive - the client continually recreates a channel and a stub inside its request loop (file descriptors leak in the report)
// FLAGS: -I../stubs
#include <grpcpp/grpcpp.h>
#include <protos/greeter.grpc.pb.h>

#include <chrono>
#include <iostream>
#include <thread>

int main() {
  for (;;) {
    auto channel = grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials()); // EXPECT-WARN
    auto stub = helloworld::Greeter::NewStub(channel);
    grpc::ClientContext context;
    helloworld::HelloRequest request;
    request.set_name("world");
    helloworld::HelloReply reply;
    grpc::Status status = stub->SayHello(&context, request, &reply);
    std::cout << (status.ok() ? reply.message() : status.error_message()) << std::endl;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}
