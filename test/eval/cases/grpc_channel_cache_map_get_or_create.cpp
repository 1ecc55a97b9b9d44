// SOURCE: https://github.com/triton-inference-server/client/pull/97 (src/c++/library/grpc_client.cc: "Use map to keep track of GRPC channels. <key, value> : <url, Channel*>"; GetStub looks the url up under a mutex and creates the channel only when missing)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - lazily get-or-create into a function-level static map guarded by a mutex
#include "generated/helloworld.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace {
std::map<std::string, std::shared_ptr<grpc::Channel>> grpc_channel_map_;
std::mutex grpc_channel_map_mtx_;

std::shared_ptr<helloworld::Greeter::Stub> GetStub(const std::string &url, bool use_cached_channel) {
  std::lock_guard<std::mutex> lock(grpc_channel_map_mtx_);
  const auto &channel_itr = grpc_channel_map_.find(url);
  if (channel_itr != grpc_channel_map_.end() && use_cached_channel)
    return std::shared_ptr<helloworld::Greeter::Stub>(helloworld::Greeter::NewStub(channel_itr->second));
  grpc::ChannelArguments arguments;
  arguments.SetMaxSendMessageSize(-1);
  arguments.SetMaxReceiveMessageSize(-1);
  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateCustomChannel(url, grpc::InsecureChannelCredentials(), arguments);
  if (use_cached_channel)
    grpc_channel_map_.insert(std::make_pair(url, channel));
  return std::shared_ptr<helloworld::Greeter::Stub>(helloworld::Greeter::NewStub(channel));
}
} // namespace

std::string Infer(const std::string &url, const std::string &name) {
  auto stub = GetStub(url, true);
  helloworld::HelloRequest req;
  req.set_name(name);
  helloworld::HelloReply rep;
  grpc::ClientContext ctx;
  stub->SayHello(&ctx, req, &rep);
  return rep.message();
}

void RunMany(const std::string &url) {
  for (int i = 0; i < 1000; ++i)
    Infer(url, "req" + std::to_string(i));
}
