// SOURCE: public GitHub file (BCRedis.cpp of a "Project-Based" utility library; search-index id 54828171819; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - FDisConnect() frees the member context but leaves both m_pContext and the m_bConnectting flag set; every method guards only on the flag, so the next FSetDataBase or FGetSetValue on the long-lived object sends through the freed context (the destructor only nulls the pointer)
#include <hiredis/hiredis.h>

#include <mutex>
#include <string>
#include <vector>

namespace bc {
class BCRedis {
public:
  BCRedis();
  ~BCRedis();
  bool FConnect(std::string strHost, int nPort, std::string strAuth);
  void FDisConnect();
  bool FSetDataBase(int nIndex);
  bool FGetSetValue(std::string strKey, std::vector<std::string> &vecValue);

private:
  redisContext *m_pContext = nullptr;
  bool m_bConnectting;
  std::mutex m_mutext;
};
} // namespace bc

using namespace bc;

BCRedis::BCRedis() { m_bConnectting = false; }

BCRedis::~BCRedis() { m_pContext = nullptr; }

bool BCRedis::FConnect(std::string strHost, int nPort, std::string strAuth) {
  m_pContext = redisConnect(strHost.c_str(), nPort);
  if (m_pContext != nullptr && m_pContext->err) {
    return false;
  }
  redisReply *m_pReply =
      (redisReply *)redisCommand(m_pContext, "AUTH %s", strAuth.c_str());
  if (!m_pReply) {
    return false;
  }
  if (m_pReply->type == REDIS_REPLY_STATUS) {
    freeReplyObject(m_pReply);
    m_bConnectting = true;
    return true;
  }
  freeReplyObject(m_pReply);
  return false;
}

void BCRedis::FDisConnect() {
  if (!m_bConnectting) {
    return;
  }
  redisFree(m_pContext); // EXPECT-WARN
}

bool BCRedis::FSetDataBase(int nIndex) {
  if (!m_bConnectting) {
    return false;
  }
  redisReply *m_pReply =
      (redisReply *)redisCommand(m_pContext, "SELECT %d", nIndex);
  if (!m_pReply) {
    return false;
  }
  bool ok = m_pReply->type == REDIS_REPLY_STATUS;
  freeReplyObject(m_pReply);
  return ok;
}

bool BCRedis::FGetSetValue(std::string strKey,
                           std::vector<std::string> &vecValue) {
  if (!m_bConnectting) {
    return false;
  }
  m_mutext.lock();
  redisReply *m_pReply =
      (redisReply *)redisCommand(m_pContext, "SMEMBERS %s ", strKey.c_str());
  m_mutext.unlock();
  if (!m_pReply) {
    return false;
  }
  if (m_pReply->type == REDIS_REPLY_ARRAY) {
    for (size_t i = 0; i < m_pReply->elements; i++)
      vecValue.push_back(m_pReply->element[i]->str);
  }
  freeReplyObject(m_pReply);
  return true;
}
