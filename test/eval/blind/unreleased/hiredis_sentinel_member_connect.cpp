// SOURCE: public GitHub file (RedisSentinel::connect stores the context in `_context` and returns false on error; close(), called by the destructor, frees and resets it; search-index id 48746378713; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the acquisition goes straight into a data member; the failed context stays owned by the object and is freed by close()
#include <hiredis/hiredis.h>

#include <cassert>
#include <cstdio>
#include <string>

class RedisSentinel {
public:
  explicit RedisSentinel(const std::string &MasterName) : m_redisMasterName(MasterName) {}
  ~RedisSentinel() { close(); }

  bool connect(const char *ip, int port, int timeout) {
    assert(_context == NULL);
    if (timeout == 0)
      _context = redisConnect(ip, port);
    else {
      struct timeval tm = {timeout / 1000, (timeout % 1000) * 1000};
      _context = redisConnectWithTimeout(ip, port, tm);
    }
    if (_context == NULL || _context->err) {
      if (_context == NULL)
        std::fprintf(stderr, "allocate redis context error\n");
      else
        std::fprintf(stderr, "redis connect %s:%d, error %s\n", ip, port, _context->errstr);
      return false;
    }
    return true;
  }

  void close() {
    if (_context) {
      redisFree(_context);
      _context = NULL;
    }
  }

private:
  redisContext *_context = nullptr;
  std::string m_redisMasterName;
};
