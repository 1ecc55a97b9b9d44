// SOURCE: github.com/luyuancpp/mmorpg cpp/libs/engine/threading/redis_manager.h (`class RedisManager { HiredisPtr zoneRedis; ... }; extern thread_local RedisManager tlsReids;` - each game-logic thread connects its zone Redis once in its init hook and message handlers use tlsReids.GetZoneRedis()); muduo's async hiredis wrapper replaced by a plain hiredis context
// LIBRARY: hiredis
// SHAPE: negative - connection stored into a thread_local manager by the thread's init function; per-message handlers only read it
#include <hiredis/hiredis.h>
#include <memory>
#include <string>
#include <thread>
#include <vector>

struct RedisFree { void operator()(redisContext *c) const { redisFree(c); } };

class RedisManager {
 public:
  using HiredisPtr = std::unique_ptr<redisContext, RedisFree>;
  HiredisPtr &GetZoneRedis() { return zoneRedis; }
  HiredisPtr zoneRedis;
};

thread_local RedisManager tlsReids;

static void InitThreadRedis(const std::string &host, int port) {
  tlsReids.GetZoneRedis().reset(redisConnect(host.c_str(), port));
}

struct Message { std::string player, field, value; };
extern bool PopMessage(Message &m);

static void HandlePlayerSave(const Message &m) {
  redisContext *c = tlsReids.GetZoneRedis().get();
  redisReply *r = (redisReply *)redisCommand(c, "HSET player:%s %s %s", m.player.c_str(), m.field.c_str(), m.value.c_str());
  if (r) freeReplyObject(r);
}

static void GameThread() {
  InitThreadRedis("127.0.0.1", 6379);
  Message m;
  while (PopMessage(m)) HandlePlayerSave(m);
}

int main() {
  std::vector<std::thread> ts;
  for (int i = 0; i < 4; ++i) ts.emplace_back(GameThread);
  for (auto &t : ts) t.join();
}
