// SOURCE: github.com/Tao-Zzzz/CloudChat server/GateServer/StatusConPool.cpp + StatusConPool.h (constructor loops poolSize times: `std::shared_ptr<Channel> channel = grpc::CreateChannel(host + ":" + port, grpc::InsecureChannelCredentials()); connections_.push(StatusService::NewStub(channel));`; getConnection()/returnConnection() lease stubs per login request)
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - channels created in a constructor loop whose body does not use the loop variable, but each stub is pushed into a member queue; request code only leases stubs
#include <grpcpp/grpcpp.h>
#include <heldout_gen/services.grpc.pb.h>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <queue>
#include <string>

using grpc::Channel;
using grpc::ClientContext;
using grpc::Status;
using message::GetChatServerReq;
using message::GetChatServerRsp;
using message::StatusService;

class StatusConPool {
 public:
  StatusConPool(size_t poolSize, std::string host, std::string port);
  std::unique_ptr<StatusService::Stub> getConnection();
  void returnConnection(std::unique_ptr<StatusService::Stub> context);

 private:
  std::atomic<bool> b_stop_;
  size_t poolSize_;
  std::string host_;
  std::string port_;
  std::queue<std::unique_ptr<StatusService::Stub>> connections_;
  std::mutex mutex_;
  std::condition_variable cond_;
};

StatusConPool::StatusConPool(size_t poolSize, std::string host, std::string port)
    : b_stop_(false), poolSize_(poolSize), host_(host), port_(port) {
  for (size_t i = 0; i < poolSize_; ++i) {
    std::shared_ptr<Channel> channel = grpc::CreateChannel(host + ":" + port, grpc::InsecureChannelCredentials());
    connections_.push(StatusService::NewStub(channel));
  }
}

std::unique_ptr<StatusService::Stub> StatusConPool::getConnection() {
  std::unique_lock<std::mutex> lock(mutex_);
  cond_.wait(lock, [this] { return b_stop_ || !connections_.empty(); });
  if (b_stop_) return nullptr;
  auto context = std::move(connections_.front());
  connections_.pop();
  return context;
}

void StatusConPool::returnConnection(std::unique_ptr<StatusService::Stub> context) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (b_stop_) return;
  connections_.push(std::move(context));
  cond_.notify_one();
}

class StatusGrpcClient {
 public:
  static StatusGrpcClient &GetInstance() {
    static StatusGrpcClient inst;
    return inst;
  }
  GetChatServerRsp GetChatServer(int uid) {
    ClientContext context;
    GetChatServerRsp reply;
    GetChatServerReq request;
    request.set_name(std::to_string(uid));
    auto stub = pool_->getConnection();
    Status status = stub->GetChatServer(&context, request, &reply);
    pool_->returnConnection(std::move(stub));
    return reply;
  }

 private:
  StatusGrpcClient() : pool_(new StatusConPool(5, "127.0.0.1", "50052")) {}
  std::unique_ptr<StatusConPool> pool_;
};

extern bool next_login(int &uid);

int main() {
  int uid;
  while (next_login(uid)) StatusGrpcClient::GetInstance().GetChatServer(uid);
}
