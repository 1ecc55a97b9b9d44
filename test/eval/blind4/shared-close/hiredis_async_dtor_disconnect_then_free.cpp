// SOURCE: ray-project/ray src/ray/gcs/redis_context.cc, early version (search-index id 21639596093; RedisContext::~RedisContext, Connect)
// LIBRARY: hiredis
// SHAPE: positive - (hard) the GCS client's destructor calls redisAsyncDisconnect on its async context and then redisAsyncFree on it; with no replies pending (the usual case at teardown) hiredis 0.14 frees the context inside redisAsyncDisconnect, so redisAsyncFree frees it a second time. Both releases are in the destructor
#include <cstdint>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <string>
#include <unistd.h>

class RedisContext {
public:
  RedisContext() = default;
  ~RedisContext();
  bool Connect(const std::string &address, int port);

private:
  redisContext *context_ = nullptr;
  redisAsyncContext *async_context_ = nullptr;
};

RedisContext::~RedisContext() {
  if (context_) {
    redisFree(context_);
  }
  if (async_context_) {
    redisAsyncDisconnect(async_context_); // EXPECT-WARN
    redisAsyncFree(async_context_);
  }
}

constexpr int64_t kRedisConnectionAttempts = 50;
constexpr int64_t kConnectTimeoutMillisecs = 100;

bool RedisContext::Connect(const std::string &address, int port) {
  int connection_attempts = 0;
  context_ = redisConnect(address.c_str(), port);
  while (context_ == nullptr || context_->err) {
    if (connection_attempts >= kRedisConnectionAttempts)
      return false;
    usleep(kConnectTimeoutMillisecs * 1000);
    context_ = redisConnect(address.c_str(), port);
    connection_attempts += 1;
  }
  redisReply *reply = reinterpret_cast<redisReply *>(
      redisCommand(context_, "CONFIG SET notify-keyspace-events Kl"));
  if (reply == nullptr || reply->type == REDIS_REPLY_ERROR)
    return false;
  freeReplyObject(reply);

  // Connect to async context
  async_context_ = redisAsyncConnect(address.c_str(), port);
  if (async_context_ == nullptr || async_context_->err)
    return false;
  return true;
}
