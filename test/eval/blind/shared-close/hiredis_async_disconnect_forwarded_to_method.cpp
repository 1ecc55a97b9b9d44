// SOURCE: public GitHub file (Nebula framework WorkerImpl::OnRedisDisconnected, reached from the static disconnect callback, ends with `redisAsyncFree(const_cast<redisAsyncContext*>(c));`; search-index id 22186608985; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - the registered disconnect callback forwards to a member function that frees the context; hiredis frees it again after the callback returns
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <map>
#include <memory>
#include <string>

struct RedisChannel {
  std::string identify;
};

class WorkerImpl {
public:
  bool OnRedisDisconnected(const redisAsyncContext *c, int status);
  void AutoRedisCmd(const std::string &Host, int Port);

private:
  std::map<redisAsyncContext *, std::shared_ptr<RedisChannel>> m_mapRedisChannel;
};

static void RedisDisconnectCallback(const redisAsyncContext *c, int status) {
  if (c->data != nullptr)
    static_cast<WorkerImpl *>(c->data)->OnRedisDisconnected(c, status);
}

bool WorkerImpl::OnRedisDisconnected(const redisAsyncContext *c, int status) {
  auto channel_iter = m_mapRedisChannel.find((redisAsyncContext *)c);
  if (channel_iter != m_mapRedisChannel.end())
    m_mapRedisChannel.erase(channel_iter);
  redisAsyncFree(const_cast<redisAsyncContext *>(c)); // EXPECT-WARN
  return true;
}

void WorkerImpl::AutoRedisCmd(const std::string &Host, int Port) {
  redisAsyncContext *c = redisAsyncConnect(Host.c_str(), Port);
  if (c == nullptr || c->err)
    return;
  c->data = this;
  m_mapRedisChannel[c] = std::make_shared<RedisChannel>();
  redisAsyncSetDisconnectCallback(c, RedisDisconnectCallback);
}
