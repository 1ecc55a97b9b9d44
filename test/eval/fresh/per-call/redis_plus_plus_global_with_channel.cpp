// SOURCE: public GitHub file (dispatch ETA service; search-index id 70465662549; the index does not name its repository)
// LIBRARY: redis-plus-plus
// SHAPE: negative - the Redis client, the gRPC channel and the stub are namespace-scope globals; eta_seconds() (called per request) only uses them
// FLAGS: -I../stubs
#include <grpcpp/grpcpp.h>
#include <protos/greeter.grpc.pb.h>
#include <sw/redis++/redis++.h>

#include <chrono>
#include <string>

sw::redis::Redis redis("tcp://redis:6379");
auto channel = grpc::CreateChannel("routing:9000", grpc::InsecureChannelCredentials());
auto stub = helloworld::Greeter::NewStub(channel);

struct Eta {
  int seconds;
  bool estimated;
};

Eta eta_seconds(const std::string &origin_cell, const std::string &dest_cell) {
  const std::string key = "eta:" + origin_cell + ":" + dest_cell;
  if (auto cached = redis.get(key)) return {std::stoi(*cached), false};
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(500));
  helloworld::HelloRequest req;
  req.set_name(key);
  helloworld::HelloReply rep;
  if (!stub->SayHello(&ctx, req, &rep).ok()) return {600, true};
  redis.set(key, rep.message());
  return {std::stoi(rep.message()), false};
}
