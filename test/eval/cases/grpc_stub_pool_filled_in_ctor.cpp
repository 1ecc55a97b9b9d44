// SOURCE: https://github.com/github-newstar/gateserver/blob/HEAD/src/VarifyGrpcClient.hpp (singleton client holding GrpcPool<VarifyService, VarifyService::Stub>; the pool constructor fills a queue in a loop, like the sibling MySqlPool in src/MysqlDao.hpp)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - pool filled in a constructor loop (channels kept in the queue); request code borrows and returns stubs
#include "generated/helloworld.grpc.pb.h"
#include <atomic>
#include <condition_variable>
#include <grpcpp/grpcpp.h>
#include <memory>
#include <mutex>
#include <queue>
#include <string>

using grpc::Channel;
using helloworld::Greeter;

template <typename Service, typename Stub> class GrpcPool {
public:
  GrpcPool(size_t poolSize, std::string host, std::string port)
      : poolSize_(poolSize), host_(std::move(host)), port_(std::move(port)), b_stop_(false) {
    for (size_t i = 0; i < poolSize_; ++i) {
      std::shared_ptr<Channel> channel = grpc::CreateChannel(host_ + ":" + port_, grpc::InsecureChannelCredentials());
      connections_.push(Service::NewStub(channel));
    }
  }
  std::unique_ptr<Stub> getConnection() {
    std::unique_lock<std::mutex> lock(mutex_);
    cond_.wait(lock, [this] { return b_stop_ || !connections_.empty(); });
    if (b_stop_)
      return nullptr;
    auto context = std::move(connections_.front());
    connections_.pop();
    return context;
  }
  void returnConnection(std::unique_ptr<Stub> context) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (b_stop_)
      return;
    connections_.push(std::move(context));
    cond_.notify_one();
  }

private:
  size_t poolSize_;
  std::string host_;
  std::string port_;
  std::atomic<bool> b_stop_;
  std::queue<std::unique_ptr<Stub>> connections_;
  std::mutex mutex_;
  std::condition_variable cond_;
};

class VarifyGrpcClient {
public:
  static VarifyGrpcClient &GetInstance() {
    static VarifyGrpcClient instance;
    return instance;
  }
  std::string GetVarifyCode(const std::string &email) {
    auto stub = pool_->getConnection();
    helloworld::HelloRequest req;
    req.set_name(email);
    helloworld::HelloReply rep;
    grpc::ClientContext ctx;
    stub->SayHello(&ctx, req, &rep);
    pool_->returnConnection(std::move(stub));
    return rep.message();
  }

private:
  VarifyGrpcClient() : pool_(new GrpcPool<Greeter, Greeter::Stub>(5, "127.0.0.1", "50051")) {}
  std::unique_ptr<GrpcPool<Greeter, Greeter::Stub>> pool_;
};
