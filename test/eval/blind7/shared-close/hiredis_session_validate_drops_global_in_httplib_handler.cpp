// SOURCE: public GitHub file (session system over a global redisContext 'g_redis', session_create/session_validate; search-index id 70132228385; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - the process's one redisContext, set up by session_init, is freed and reset when a command returns no reply, inside a function reached from a cpp-httplib handler (rendered: the handler registration); other request threads still use the old context
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <cstdio>
#include <cstring>

static redisContext *g_redis = nullptr;

int session_init(const char *host, int port) {
  g_redis = redisConnect(host, port);
  if (g_redis == nullptr || g_redis->err) {
    if (g_redis) {
      std::fprintf(stderr, "Redis connection error: %s\n", g_redis->errstr);
      redisFree(g_redis);
      g_redis = nullptr;
    }
    return 0;
  }
  return 1;
}

static int session_validate(const char *key) {
  if (!g_redis || !key)
    return 0;
  redisReply *reply = (redisReply *)redisCommand(g_redis, "GET session:%s", key);
  if (reply == nullptr) {
    std::fprintf(stderr, "redis: %s\n", g_redis->errstr);
    redisFree(g_redis); // EXPECT-WARN
    g_redis = nullptr;
    return 0;
  }
  int ok = reply->type == REDIS_REPLY_STRING;
  freeReplyObject(reply);
  return ok;
}

static void handleMe(const httplib::Request &req, httplib::Response &res) {
  std::string key = req.get_header_value("X-Session");
  res.status = session_validate(key.c_str()) ? 200 : 401;
}

void installSessionRoutes(httplib::Server &server) { server.Get("/me", handleMe); }
