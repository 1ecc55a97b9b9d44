// SOURCE: public GitHub file (chat server StatusConnectPool/PushConnectPool; search-index id 54636004357; the index does not name its repository)
// LIBRARY: grpc
// SHAPE: negative - a stub pool: the constructor creates pool_size channels once and queues their stubs; callers borrow and return stubs
// FLAGS: -I../stubs
#include <grpcpp/grpcpp.h>
#include <protos/greeter.grpc.pb.h>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <queue>
#include <string>

using PushService = helloworld::Greeter;

class PushConnectPool {
 public:
  PushConnectPool(size_t pool_size, const std::string &host, const std::string &port)
      : is_running_(true), host_(host), port_(port), pool_size_(pool_size) {
    for (size_t i = 0; i < pool_size; i++) {
      auto channel = grpc::CreateChannel(host_ + ":" + port_, grpc::InsecureChannelCredentials());
      stubs_.emplace(PushService::NewStub(channel));
    }
  }

  std::unique_ptr<PushService::Stub> getStub() {
    std::unique_lock<std::mutex> lock(mutex_);
    cond_.wait(lock, [this]() { return !stubs_.empty() || !is_running_; });
    if (!is_running_) return nullptr;
    auto stub = std::move(stubs_.front());
    stubs_.pop();
    return stub;
  }

  void returnStub(std::unique_ptr<PushService::Stub> stub) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (is_running_) {
      stubs_.push(std::move(stub));
      cond_.notify_one();
    }
  }

 private:
  std::atomic<bool> is_running_;
  std::string host_, port_;
  size_t pool_size_;
  std::queue<std::unique_ptr<PushService::Stub>> stubs_;
  std::mutex mutex_;
  std::condition_variable cond_;
};
