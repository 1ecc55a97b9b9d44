// SOURCE: public GitHub file RedisConnector.cpp (search-index id 25109479667; RedisConnector::DisConnectDB, ReConnectDB, ExecuteRedisCommand; the index does not name its repository). The error branch of ExecuteRedisCommand is reconstructed (the excerpt stops at a switch on the error)
// LIBRARY: hiredis
// SHAPE: negative - the connector frees its member context and sets it to NULL in DisConnectDB; ReConnectDB and the destructor go through it, and every command tests the member for NULL first
#include <cstdarg>
#include <cstring>
#include <hiredis/hiredis.h>
#include <sys/time.h>

#define MAX_IP_STR_LEN 64

class RedisConnector {
public:
  ~RedisConnector();
  bool ConnectDB(const char *aszIP, unsigned short awPort);
  bool DisConnectDB();
  bool ReConnectDB();
  redisReply *ExecuteRedisCommand(const char *aszformat, ...);

private:
  redisContext *m_pRedisContext = nullptr;
  char szDBIp[MAX_IP_STR_LEN + 1] = {0};
  unsigned short nDBPort = 0;
};

RedisConnector::~RedisConnector() { DisConnectDB(); }

bool RedisConnector::ConnectDB(const char *aszIP, unsigned short awPort) {
  strncpy(szDBIp, aszIP, MAX_IP_STR_LEN);
  nDBPort = awPort;
  struct timeval tv;
  tv.tv_sec = 1;
  tv.tv_usec = 500000;
  m_pRedisContext = redisConnectWithTimeout(aszIP, awPort, tv);
  if (m_pRedisContext == nullptr || 0 != m_pRedisContext->err)
    return false;
  return true;
}

bool RedisConnector::DisConnectDB() {
  if (m_pRedisContext != nullptr) {
    redisFree(m_pRedisContext);
    m_pRedisContext = nullptr;
  }
  return true;
}

bool RedisConnector::ReConnectDB() {
  DisConnectDB();
  return strlen(szDBIp) > 0 && nDBPort > 0 && ConnectDB(szDBIp, nDBPort);
}

redisReply *RedisConnector::ExecuteRedisCommand(const char *aszformat, ...) {
  if (m_pRedisContext == nullptr)
    return nullptr;
  va_list lap;
  va_start(lap, aszformat);
  redisReply *lpReply =
      (redisReply *)redisvCommand(m_pRedisContext, aszformat, lap);
  va_end(lap);
  if (lpReply == nullptr) {
    switch (m_pRedisContext->err) {
    case REDIS_ERR_IO:
    case REDIS_ERR_EOF:
      ReConnectDB();
      break;
    default:
      break;
    }
  }
  return lpReply;
}
