// SOURCE: https://github.com/sipwise/rtpengine/pull/921 ("Fix crash when redis disconnects/reconnects": the reconnect path released a context that was already gone) - rendered with a synchronous hiredis member: the reconnect frees the old context, connects again, and frees the new one when that fails
// LIBRARY: hiredis
// SHAPE: positive - the second redisFree in reconnect() leaves the member pointing at the failed, freed context (the assignment before it does not count for it)
#include <hiredis/hiredis.h>

#include <cstdio>
#include <string>

class RedisStore {
public:
  bool reconnect();

private:
  std::string host_ = "127.0.0.1";
  int port_ = 6379;
  redisContext *ctx_ = nullptr;
};

bool RedisStore::reconnect() {
  if (ctx_ != nullptr)
    redisFree(ctx_);
  ctx_ = redisConnect(host_.c_str(), port_);
  if (ctx_ == nullptr)
    return false;
  if (ctx_->err) {
    std::fprintf(stderr, "redis reconnect failed: %s\n", ctx_->errstr);
    redisFree(ctx_); // EXPECT-WARN
    return false;
  }
  return true;
}
