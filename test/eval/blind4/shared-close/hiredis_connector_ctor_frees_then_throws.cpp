// SOURCE: Mooncake external-storage connector, connectors/redis_connector.cpp (namespace mooncake; search-index id 54896810499; RedisConnector::RedisConnector, ~RedisConnector)
// LIBRARY: hiredis
// SHAPE: negative - (hard) the connector's constructor frees its member context when connecting, AUTH or SELECT fails and then throws: an object whose constructor throws is never constructed and its destructor never runs, so the member left pointing at the freed context is never read
#include <cstdlib>
#include <hiredis/hiredis.h>
#include <stdexcept>
#include <string>

namespace mooncake {

class RedisConnector {
public:
  RedisConnector();
  ~RedisConnector();
  bool Download(const std::string &key, std::string &out);

private:
  redisContext *context_;
  std::string host_;
  int port_;
};

RedisConnector::RedisConnector() : context_(nullptr), port_(6379) {
  const char *host = std::getenv("MOONCAKE_REDIS_HOST");
  const char *port = std::getenv("MOONCAKE_REDIS_PORT");
  const char *password = std::getenv("MOONCAKE_REDIS_PASSWORD");
  const char *db = std::getenv("MOONCAKE_REDIS_DB");

  host_ = host ? host : "127.0.0.1";
  port_ = port ? std::atoi(port) : 6379;

  context_ = redisConnect(host_.c_str(), port_);
  if (!context_ || context_->err) {
    std::string error = context_ ? context_->errstr : "connection failed";
    if (context_)
      redisFree(context_);
    throw std::runtime_error("Redis connection failed: " + error);
  }

  if (password && *password) {
    redisReply *reply =
        (redisReply *)redisCommand(context_, "AUTH %s", password);
    if (!reply || reply->type == REDIS_REPLY_ERROR) {
      std::string error = reply ? reply->str : "auth failed";
      if (reply)
        freeReplyObject(reply);
      redisFree(context_);
      throw std::runtime_error("Redis auth failed: " + error);
    }
    freeReplyObject(reply);
  }

  if (db && *db) {
    redisReply *reply = (redisReply *)redisCommand(context_, "SELECT %s", db);
    if (!reply || reply->type == REDIS_REPLY_ERROR) {
      std::string error = reply ? reply->str : "select db failed";
      if (reply)
        freeReplyObject(reply);
      redisFree(context_);
      throw std::runtime_error("Redis select db failed: " + error);
    }
    freeReplyObject(reply);
  }
}

RedisConnector::~RedisConnector() {
  if (context_) {
    redisFree(context_);
  }
}

bool RedisConnector::Download(const std::string &key, std::string &out) {
  redisReply *reply = (redisReply *)redisCommand(context_, "GET %s", key.c_str());
  if (!reply)
    return false;
  bool ok = reply->type == REDIS_REPLY_STRING;
  if (ok)
    out.assign(reply->str, reply->len);
  freeReplyObject(reply);
  return ok;
}

} // namespace mooncake
