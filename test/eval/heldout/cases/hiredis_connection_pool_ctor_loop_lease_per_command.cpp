// SOURCE: github.com/Tao-Zzzz/CloudChat server/GateServer/RedisConPool.h + RedisMgr.cpp (RedisMgr's constructor builds `new RedisConPool(5, host, port, pwd)`; every Get/Set/HSet does `auto connect = _con_pool->getConnection(); ... _con_pool->returnConnection(connect);`); the RedisConPool constructor body is reconstructed from the header and from the same author's StatusConPool constructor loop
// LIBRARY: hiredis
// SHAPE: negative - redisConnect in a constructor loop, each context pushed into a member queue; per-request code leases and returns contexts
#include <hiredis/hiredis.h>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <iostream>
#include <memory>
#include <mutex>
#include <queue>
#include <string>

class RedisConPool {
 public:
  RedisConPool(size_t poolSize, const char *host, int port, const char *pwd)
      : b_stop_(false), poolSize_(poolSize), host_(host), port_(port) {
    for (size_t i = 0; i < poolSize_; ++i) {
      auto *context = redisConnect(host, port);
      if (context == nullptr || context->err != 0) {
        if (context != nullptr) redisFree(context);
        continue;
      }
      auto reply = (redisReply *)redisCommand(context, "AUTH %s", pwd);
      if (reply) freeReplyObject(reply);
      connections_.push(context);
    }
  }
  ~RedisConPool() {
    std::lock_guard<std::mutex> lock(mutex_);
    while (!connections_.empty()) {
      redisFree(connections_.front());
      connections_.pop();
    }
  }
  redisContext *getConnection() {
    std::unique_lock<std::mutex> lock(mutex_);
    cond_.wait(lock, [this] { return b_stop_ || !connections_.empty(); });
    if (b_stop_) return nullptr;
    auto *context = connections_.front();
    connections_.pop();
    return context;
  }
  void returnConnection(redisContext *context) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (b_stop_) return;
    connections_.push(context);
    cond_.notify_one();
  }

 private:
  std::atomic<bool> b_stop_;
  size_t poolSize_;
  const char *host_;
  int port_;
  std::queue<redisContext *> connections_;
  std::mutex mutex_;
  std::condition_variable cond_;
};

class RedisMgr {
 public:
  RedisMgr() { _con_pool.reset(new RedisConPool(5, "127.0.0.1", 6380, "123456")); }
  bool Get(const std::string &key, std::string &value) {
    auto connect = _con_pool->getConnection();
    if (connect == nullptr) return false;
    auto reply = (redisReply *)redisCommand(connect, "GET %s", key.c_str());
    if (reply == NULL || reply->type != REDIS_REPLY_STRING) {
      freeReplyObject(reply);
      return false;
    }
    value = reply->str;
    freeReplyObject(reply);
    _con_pool->returnConnection(connect);
    return true;
  }

 private:
  std::unique_ptr<RedisConPool> _con_pool;
};

extern bool next_verify_request(std::string &email);

int main() {
  RedisMgr mgr;
  std::string email, code;
  while (next_verify_request(email)) mgr.Get("code_" + email, code);
}
