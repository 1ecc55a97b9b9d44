// SOURCE: https://github.com/chenshuo/muduo/pull/726 (contrib/hiredis Hiredis wrapper: "fix: redisAsyncFree() double free")
// LIBRARY: hiredis
// SHAPE: positive - rendered from the PR: disconnect() hands the async context member to redisAsyncDisconnect, after which hiredis frees it once the disconnect callback has run, yet the member keeps the pointer and the destructor calls redisAsyncFree on it; the fix clears the member in the disconnect callback
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <functional>
#include <string>

namespace hiredis {

class Hiredis {
public:
  typedef std::function<void(Hiredis *, int)> DisconnectCallback;

  Hiredis(const std::string &Ip, int Port) : ip_(Ip), port_(Port) {}
  ~Hiredis() { ::redisAsyncFree(context_); }

  bool connected() const {
    return context_ != nullptr && (context_->c.flags & REDIS_CONNECTED);
  }

  int connect() {
    context_ = ::redisAsyncConnect(ip_.c_str(), port_);
    if (context_ == nullptr || context_->err)
      return -1;
    context_->data = this;
    ::redisAsyncSetDisconnectCallback(context_, disconnectCallback);
    return 0;
  }

  void disconnect() {
    if (connected())
      ::redisAsyncDisconnect(context_); // EXPECT-WARN
  }

  void setDisconnectCallback(const DisconnectCallback &Cb) { disconnectCb_ = Cb; }

private:
  static void disconnectCallback(const redisAsyncContext *ac, int status) {
    static_cast<Hiredis *>(ac->data)->onDisconnected(status);
  }
  void onDisconnected(int status) {
    if (disconnectCb_)
      disconnectCb_(this, status);
  }

  std::string ip_;
  int port_;
  redisAsyncContext *context_ = nullptr;
  DisconnectCallback disconnectCb_;
};

} // namespace hiredis
