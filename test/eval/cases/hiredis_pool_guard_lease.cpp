// SOURCE: https://github.com/thoseJanes/WebServer/blob/HEAD/myWebServer/redis/redisConnectionGuard.h (RAII guard takes a redisContext from ConnectionPool<redisContext, RedisServer> and puts it back in its destructor; redisPool.h's createRedisConnection fills the pool)
// LIBRARY: hiredis
// SHAPE: negative - pool filled in a loop at start-up; request handlers lease with a stack guard and return it
#include <hiredis/hiredis.h>
#include <mutex>
#include <string>
#include <vector>

struct RedisServer {
  std::string host;
  int port;
};

inline redisContext *createRedisConnection(RedisServer &serverInfo) {
  auto conn = redisConnect(serverInfo.host.c_str(), serverInfo.port);
  return conn;
}

class RedisConnectionPool {
public:
  RedisConnectionPool(RedisServer server, int size) : server_(server) {
    for (int i = 0; i < size; ++i)
      idle_.push_back(createRedisConnection(server_));
  }
  redisContext *getConnection() {
    std::lock_guard<std::mutex> lk(mu_);
    if (idle_.empty())
      return nullptr;
    redisContext *c = idle_.back();
    idle_.pop_back();
    return c;
  }
  void putConnection(redisContext *c) {
    std::lock_guard<std::mutex> lk(mu_);
    idle_.push_back(c);
  }

private:
  RedisServer server_;
  std::mutex mu_;
  std::vector<redisContext *> idle_;
};

class RedisConnectionGuard {
public:
  explicit RedisConnectionGuard(RedisConnectionPool *redisPool) : redisPool_(redisPool), result_(NULL) {
    connection_ = redisPool_->getConnection();
  }
  ~RedisConnectionGuard() {
    if (valid()) {
      if (result_)
        freeReplyObject(result_);
      redisPool_->putConnection(connection_);
    }
  }
  bool valid() { return connection_ != NULL; }
  redisReply *freeReplyAndCommand(const char *cmd) {
    if (result_)
      freeReplyObject(result_);
    result_ = static_cast<redisReply *>(redisCommand(connection_, cmd));
    return result_;
  }

private:
  redisContext *connection_;
  redisReply *result_;
  RedisConnectionPool *redisPool_;
};

void onRequest(RedisConnectionPool *pool) {
  RedisConnectionGuard guard(pool);
  if (guard.valid())
    guard.freeReplyAndCommand("INCR visits");
}

void serve(RedisConnectionPool *pool) {
  for (;;)
    onRequest(pool);
}
