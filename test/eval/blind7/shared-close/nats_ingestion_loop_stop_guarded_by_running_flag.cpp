// SOURCE: public GitHub file (IngestionLoop::stop: if (!isRunning_) return; isRunning_ = false; join; natsSubscription_Destroy / jsCtx_Destroy / natsConnection_Destroy; search-index id 59357734553; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative (hard) - stop() tests and clears the running flag before destroying the connection member (cleared before the close, not after), so the destructor's second stop() returns at once; the members are not reset
#include <nats/nats.h>
#include <atomic>
#include <thread>

class IngestionLoop {
public:
  ~IngestionLoop() { stop(); }

  bool start(const char *url) {
    if (natsConnection_ConnectTo(&nc_, url) != NATS_OK)
      return false;
    if (natsConnection_SubscribeSync(&sub_, nc_, "ANNEX_PROCESSOR") != NATS_OK)
      return false;
    isRunning_ = true;
    loopThread_ = std::thread([this] { loop(); });
    return true;
  }

  void stop() {
    if (!isRunning_)
      return;
    isRunning_ = false;
    if (loopThread_.joinable())
      loopThread_.join();
    if (sub_)
      natsSubscription_Destroy(sub_);
    if (nc_)
      natsConnection_Destroy(nc_);
  }

private:
  void loop() {
    while (isRunning_) {
      natsMsg *msg = nullptr;
      if (natsSubscription_NextMsg(&msg, sub_, 1000) == NATS_OK)
        natsMsg_Destroy(msg);
    }
  }

  natsConnection *nc_ = nullptr;
  natsSubscription *sub_ = nullptr;
  std::atomic<bool> isRunning_{false};
  std::thread loopThread_;
};
