// SOURCE: https://github.com/redis/hiredis/issues/583 ("my program got corruption when called redisFree after i send command failed": CodisClient::RedisCommand frees its context when a command fails, and later calls reach the freed context)
// LIBRARY: hiredis
// SHAPE: positive - a client wrapper frees its member context when a command fails and returns; the member still points at the freed context for the next command
#include <hiredis/hiredis.h>

#include <string>
#include <vector>

class CodisClient {
public:
  redisReply *RedisCommand(const std::vector<std::string> &Args);

private:
  redisContext *m_ctx = nullptr;
};

redisReply *CodisClient::RedisCommand(const std::vector<std::string> &Args) {
  std::vector<const char *> Argv;
  std::vector<size_t> Lens;
  for (const std::string &A : Args) {
    Argv.push_back(A.c_str());
    Lens.push_back(A.size());
  }
  auto *Reply = static_cast<redisReply *>(redisCommandArgv(
      m_ctx, static_cast<int>(Argv.size()), Argv.data(), Lens.data()));
  if (Reply == nullptr) {
    redisFree(m_ctx); // EXPECT-WARN
    return nullptr;
  }
  return Reply;
}
