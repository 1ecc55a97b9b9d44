// SOURCE: public GitHub file (asyncredis.cpp, asyncredis::on_disconnect registered with redisAsyncSetDisconnectCallback, frees the context when status != REDIS_OK; search-index id 23183997608; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - a static member function registered as the disconnect callback calls redisAsyncFree on its own context; hiredis frees it after the callback returns
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
  }

private:
  static void on_pub_connect(const redisAsyncContext *c, int status);
  static void on_disconnect(const redisAsyncContext *c, int status);

  std::string m_hostname = "127.0.0.1";
  int m_port = 6379;
  redisAsyncContext *m_async_publisher = nullptr;
};

void asyncredis::on_pub_connect(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK)
    std::fprintf(stderr, "Connect error: %s\n", c->errstr);
}

void asyncredis::on_disconnect(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK) {
    std::fprintf(stderr, "Disconnect error: %s\n", c->errstr);
    redisAsyncFree(const_cast<redisAsyncContext *>(c)); // EXPECT-WARN
    return;
  }
  std::fprintf(stderr, "Disconnected...\n");
}

bool asyncredis::init_redis() {
  m_async_publisher = redisAsyncConnect(m_hostname.c_str(), m_port);
  if (m_async_publisher == nullptr)
    return false;
  m_async_publisher->data = this;
  redisAsyncSetConnectCallback(m_async_publisher, asyncredis::on_pub_connect);
  redisAsyncSetDisconnectCallback(m_async_publisher, asyncredis::on_disconnect);
  return true;
}
