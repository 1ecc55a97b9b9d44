// SOURCE: public GitHub file (chat server RedisConPool constructor; search-index id 54099345218; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - redisConnect in a loop; a NULL or errored context is freed (when non-NULL) before 'continue', an AUTH error frees the reply and the context before 'continue', and a good context is pushed into the pool's queue member
#include <hiredis/hiredis.h>
#include <atomic>
#include <iostream>
#include <queue>

class RedisConPool {
public:
  RedisConPool(size_t poolSize, const char *host, int port, const char *pwd);

private:
  size_t poolSize_;
  const char *host_;
  int port_;
  std::atomic<bool> b_stop_;
  std::queue<redisContext *> connections_;
};

RedisConPool::RedisConPool(size_t poolSize, const char *host, int port,
                           const char *pwd)
    : poolSize_(poolSize), host_(host), port_(port), b_stop_(false) {
  for (size_t i = 0; i < poolSize_; ++i) {
    auto *context = redisConnect(host, port);
    if (context == nullptr || context->err != 0) {
      if (context != nullptr) {
        redisFree(context);
      }
      continue;
    }

    auto reply = (redisReply *)redisCommand(context, "AUTH %s", pwd);
    if (reply == nullptr || reply->type == REDIS_REPLY_ERROR) {
      std::cout << "auth failed" << std::endl;
      if (reply != nullptr)
        freeReplyObject(reply);
      redisFree(context);
      continue;
    }

    freeReplyObject(reply);
    std::cout << "auth ok" << std::endl;
    connections_.push(context);
  }
}
