// SOURCE: public GitHub file (integration test reading a session key; search-index id 66071219086; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - RAII: the context is owned by std::unique_ptr<redisContext, decltype(&redisFree)>, so the throwing REQUIRE checks cannot leak it
#include <hiredis/hiredis.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <sys/time.h>

#define REQUIRE(cond)                                     \
  do {                                                    \
    if (!(cond)) throw std::runtime_error("REQUIRE " #cond); \
  } while (0)

struct Settings {
  std::string redis_host;
  int redis_port;
  std::string redis_password;
};

std::string read_session(const Settings &settings, unsigned long account) {
  const std::string key = "sa:session:" + std::to_string(account);
  const timeval timeout{3, 0};
  std::unique_ptr<redisContext, decltype(&redisFree)> redis(
      redisConnectWithTimeout(settings.redis_host.c_str(), settings.redis_port, timeout), redisFree);
  REQUIRE(redis);
  REQUIRE(redis->err == 0);
  REQUIRE(redisSetTimeout(redis.get(), timeout) == REDIS_OK);
  using Reply = std::unique_ptr<redisReply, decltype(&freeReplyObject)>;
  Reply auth(static_cast<redisReply *>(redisCommand(redis.get(), "AUTH %b", settings.redis_password.data(),
                                                    settings.redis_password.size())),
             freeReplyObject);
  REQUIRE(auth);
  Reply value(static_cast<redisReply *>(redisCommand(redis.get(), "GET %s", key.c_str())), freeReplyObject);
  REQUIRE(value && value->type == REDIS_REPLY_STRING);
  return std::string(value->str, value->len);
}
