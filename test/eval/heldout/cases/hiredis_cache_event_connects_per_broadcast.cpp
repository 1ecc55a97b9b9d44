// SOURCE: github.com/vgno/ssehub commit 7c705c8 "Use one connection to redis per cache request" (src/CacheAdapters/Redis.cpp: Redis::CacheEvent() and GetEventsSinceId() build a fresh RedisSyncClient and connect on every call; events arrive from the AMQP consumer thread via SSEChannel::BroadcastEvent); rendered with hiredis in place of nekipelov/redisclient
// LIBRARY: hiredis
// SHAPE: positive - redisConnect in a cache adapter method reached from the consumer thread's loop (consumer loop -> channel broadcast -> cache adapter)
#include <hiredis/hiredis.h>
#include <deque>
#include <memory>
#include <string>
#include <thread>

struct SSEEvent { std::string id, data; };

class RedisCache {
 public:
  RedisCache(std::string key, std::string host, int port) : _key(std::move(key)), _host(std::move(host)), _port(port) {}
  void CacheEvent(const SSEEvent &event);
 private:
  std::string _key, _host;
  int _port;
};

void RedisCache::CacheEvent(const SSEEvent &event) {
  redisContext *client = redisConnect(_host.c_str(), _port); // EXPECT-WARN
  if (client == nullptr || client->err) {
    if (client) redisFree(client);
    return;
  }
  redisReply *r = (redisReply *)redisCommand(client, "HSET %s %s %s", _key.c_str(), event.id.c_str(), event.data.c_str());
  if (r) freeReplyObject(r);
  redisFree(client);
}

class SSEChannel {
 public:
  explicit SSEChannel(std::unique_ptr<RedisCache> cache) : cache_(std::move(cache)) {}
  void BroadcastEvent(const SSEEvent &event) {
    cache_->CacheEvent(event);
    /* ... write to every connected SSE client ... */
  }
 private:
  std::unique_ptr<RedisCache> cache_;
};

extern bool amqp_consume_next(SSEEvent &out);

int main() {
  SSEChannel channel(std::make_unique<RedisCache>("sse:channel1", "127.0.0.1", 6379));
  std::thread consumer([&] {
    SSEEvent ev;
    while (amqp_consume_next(ev)) channel.BroadcastEvent(ev);
  });
  consumer.join();
}
