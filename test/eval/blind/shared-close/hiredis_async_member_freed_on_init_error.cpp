// SOURCE: public GitHub file (asyncredis.cpp, asyncredis::init_redis: on `m_async_publisher->err` the member is freed and the function returns false, leaving it for the destructor's redisAsyncDisconnect; search-index id 23183997608; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - two members freed on connect errors and left pointing at the freed contexts; the destructor later disconnects them again
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <cstdio>
#include <string>

class asyncredis {
public:
  bool init_redis();
  ~asyncredis() {
    if (m_async_publisher)
      redisAsyncDisconnect(m_async_publisher);
    if (m_async_subscriber)
      redisAsyncDisconnect(m_async_subscriber);
  }

private:
  std::string m_hostname = "127.0.0.1";
  int m_port = 6379;
  redisAsyncContext *m_async_publisher = nullptr;
  redisAsyncContext *m_async_subscriber = nullptr;
};

bool asyncredis::init_redis() {
  m_async_publisher = redisAsyncConnect(m_hostname.c_str(), m_port);
  if (m_async_publisher == nullptr) {
    std::fprintf(stderr, "Init %s:%u error: NULL return\n", m_hostname.c_str(), m_port);
    return false;
  }
  if (m_async_publisher->err) {
    std::fprintf(stderr, "Init %s:%u error: %s\n", m_hostname.c_str(), m_port,
                 m_async_publisher->errstr);
    redisAsyncFree(m_async_publisher); // EXPECT-WARN
    return false;
  }
  m_async_publisher->data = this;

  m_async_subscriber = redisAsyncConnect(m_hostname.c_str(), m_port);
  if (m_async_subscriber == nullptr) {
    std::fprintf(stderr, "Init %s:%u error: NULL return\n", m_hostname.c_str(), m_port);
    return false;
  }
  if (m_async_subscriber->err) {
    std::fprintf(stderr, "Init %s:%u error: %s\n", m_hostname.c_str(), m_port,
                 m_async_subscriber->errstr);
    redisAsyncFree(m_async_subscriber); // EXPECT-WARN
    return false;
  }
  m_async_subscriber->data = this;
  return true;
}
