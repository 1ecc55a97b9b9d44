// SOURCE: https://github.com/ai-dynamo/nixl/pull/1791 (review thread on src/plugins/kv/redis/client.cpp: "You should not call redisAsyncFree(ac) after calling redisAsyncDisconnect(ac)")
// LIBRARY: hiredis
// SHAPE: positive - (hard) when the connect times out, the client disconnects its member context and then frees it again; in hiredis 0.14 redisAsyncDisconnect frees a context without pending replies at once, so the second call frees it twice (and after a failed connect hiredis has freed it already). The members are reset at the end of the error path (reconstructed; the thread shows the release sequence only), so the release is followed by an assignment
#include <atomic>
#include <chrono>
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <string>
#include <thread>

class RedisClient {
public:
  bool connect(const std::string &host, int port);

private:
  static void onConnect(const redisAsyncContext *c, int status) {
    auto *self = static_cast<RedisClient *>(c->data);
    self->connected_.store(status == REDIS_OK);
  }

  redisAsyncContext *asyncContext_ = nullptr;
  event_base *eventBase_ = nullptr;
  std::thread eventLoopThread_;
  std::atomic<bool> connected_{false};
};

bool RedisClient::connect(const std::string &host, int port) {
  eventBase_ = event_base_new();
  if (eventBase_ == nullptr)
    return false;
  asyncContext_ = redisAsyncConnect(host.c_str(), port);
  if (asyncContext_ == nullptr || asyncContext_->err) {
    event_base_free(eventBase_);
    eventBase_ = nullptr;
    return false;
  }
  asyncContext_->data = this;
  redisLibeventAttach(asyncContext_, eventBase_);
  redisAsyncSetConnectCallback(asyncContext_, onConnect);
  eventLoopThread_ = std::thread([this] { event_base_dispatch(eventBase_); });

  int retries = 100;
  while (!connected_.load() && retries-- > 0)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));

  if (!connected_.load()) {
    redisAsyncDisconnect(asyncContext_); // EXPECT-WARN
    event_base_loopbreak(eventBase_);
    if (eventLoopThread_.joinable())
      eventLoopThread_.join();
    redisAsyncFree(asyncContext_);
    event_base_free(eventBase_);
    asyncContext_ = nullptr;
    eventBase_ = nullptr;
    return false;
  }
  return true;
}
