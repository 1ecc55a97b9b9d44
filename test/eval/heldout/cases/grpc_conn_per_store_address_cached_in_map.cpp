// SOURCE: github.com/tikv/client-c/pull/28 ("fix memory leak": `struct KvConnClient { std::shared_ptr<grpc::Channel> channel; std::unique_ptr<tikvpb::Tikv::Stub> stub; KvConnClient(std::string addr) { ... } }` so channel and stub share one life cycle; the RpcClient keeps one per store address in a map and looks it up for every request)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - a channel per distinct store address, created only when the address is missing from a member map (get-or-create); per-request code reuses the cached client
#include <grpcpp/grpcpp.h>
#include <heldout_gen/services.grpc.pb.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>

struct KvConnClient {
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<kv::KeyValueStore::Stub> stub;
  explicit KvConnClient(std::string addr) {
    channel = grpc::CreateChannel(addr, grpc::InsecureChannelCredentials());
    stub = kv::KeyValueStore::NewStub(channel);
  }
};

class RpcClient {
 public:
  std::shared_ptr<KvConnClient> getConnArray(const std::string &addr) {
    std::lock_guard<std::mutex> lk(mutex_);
    auto it = conns_.find(addr);
    if (it == conns_.end()) return createConnArray(addr);
    return it->second;
  }
  std::string get(const std::string &addr, const std::string &key) {
    auto conn = getConnArray(addr);
    grpc::ClientContext ctx;
    kv::GetRequest req;
    req.set_key(key);
    kv::GetReply rsp;
    conn->stub->Get(&ctx, req, &rsp);
    return rsp.message();
  }
 private:
  std::shared_ptr<KvConnClient> createConnArray(const std::string &addr) {
    auto conn = std::make_shared<KvConnClient>(addr);
    conns_[addr] = conn;
    return conn;
  }
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<KvConnClient>> conns_;
};

extern bool next_key(std::string &region_addr, std::string &key);

int main() {
  RpcClient client;
  std::string addr, key;
  while (next_key(addr, key)) client.get(addr, key);
}
