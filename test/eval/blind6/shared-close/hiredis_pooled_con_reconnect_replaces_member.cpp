// SOURCE: public GitHub file (grok redisConnector.cpp, RedisCon::Reconnect; search-index id 10039423502; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - a pooled connection object frees its own broken context and assigns a new one in Reconnect; each RedisCon is used by one borrower at a time and its destructor frees the current context
#include <hiredis/hiredis.h>

#include <string>

namespace grok {

struct RedisConfig {
  std::string url;
  int port;
};

class RedisCon {
public:
  explicit RedisCon(const RedisConfig &Config) : m_config(Config) {}
  ~RedisCon() {
    if (m_ctx)
      redisFree(m_ctx);
  }

  redisContext *GetCtx() { return CheckValid(true) ? m_ctx : nullptr; }

private:
  bool CheckValid(bool resume) {
    if (m_bad)
      return Reconnect();
    if (m_ctx && m_ctx->err == REDIS_OK)
      return true;
    if (!resume)
      return false;
    return Reconnect();
  }

  bool Reconnect() {
    if (m_ctx) {
      redisFree(m_ctx);
    }
    m_ctx = redisConnect(m_config.url.c_str(), m_config.port);
    if (!m_ctx)
      return false;
    if (m_ctx->err != REDIS_OK) {
      // Kept: the next Reconnect or the destructor frees it.
      return false;
    }
    m_bad = false;
    return true;
  }

  RedisConfig m_config;
  redisContext *m_ctx = nullptr;
  bool m_bad = false;
};

} // namespace grok
