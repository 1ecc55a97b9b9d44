// SOURCE: public GitHub file with class CAuthService (search-index id 30188473697; CAuthService::InitRedisService, GetRedisIns; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - the long-lived auth service frees its member context when the connection fails and again when AUTH gets no reply, returns false and leaves the member pointing at the freed context; GetRedisIns hands that pointer to every request
#include <hiredis/hiredis.h>
#include <iostream>
#include <sys/time.h>

class CAuthService {
public:
  bool InitRedisService();
  redisContext *GetRedisIns();

private:
  redisContext *m_pRedisIns = nullptr;
};

redisContext *CAuthService::GetRedisIns() { return m_pRedisIns; }

bool CAuthService::InitRedisService() {
  const char *hostname = "127.0.0.1";
  int port = 6379;
  struct timeval timeout = {1, 500000}; // 1.5 seconds
  m_pRedisIns = redisConnectWithTimeout(hostname, port, timeout);

  if (m_pRedisIns == nullptr || m_pRedisIns->err) {
    if (m_pRedisIns) {
      std::cerr << "Connection error: " << m_pRedisIns->errstr << std::endl;
      redisFree(m_pRedisIns); // EXPECT-WARN
    } else {
      std::cerr << "Connection error: can't allocate redis context"
                << std::endl;
    }
    return false;
  }

  // Authenticate with password
  redisReply *reply =
      (redisReply *)redisCommand(m_pRedisIns, "AUTH %s", "secret");
  if (reply == nullptr) {
    std::cerr << "Error during AUTH command: " << m_pRedisIns->errstr
              << std::endl;
    redisFree(m_pRedisIns); // EXPECT-WARN
    return false;
  }
  if (reply->type == REDIS_REPLY_ERROR) {
    std::cerr << "AUTH command failed: " << reply->str << std::endl;
    freeReplyObject(reply);
    return false;
  }
  freeReplyObject(reply);
  return true;
}
