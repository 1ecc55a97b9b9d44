// SOURCE: public GitHub file (chat server Pub/Sub listener thread; search-index id 57658703923; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the subscriber context is a global used only by the listener thread, which frees and reconnects it in its own loop when the connection drops; commands go through a different context
#include <hiredis/hiredis.h>

#include <chrono>
#include <string>
#include <thread>

static redisContext *g_sub_ctx = nullptr;
static std::string g_redis_host = "127.0.0.1";
static int g_redis_port = 6379;

static void handleMessage(redisReply *) {}

// Runs on its own std::thread for the life of the server.
void subscribeLoop() {
  while (true) {
    redisReply *reply = nullptr;
    int rv = redisGetReply(g_sub_ctx, (void **)&reply);
    if (rv != REDIS_OK || !reply) {
      if (reply)
        freeReplyObject(reply);
      std::this_thread::sleep_for(std::chrono::seconds(1));
      redisFree(g_sub_ctx);
      g_sub_ctx = redisConnect(g_redis_host.c_str(), g_redis_port);
      if (g_sub_ctx) {
        redisReply *r = (redisReply *)redisCommand(
            g_sub_ctx, "SUBSCRIBE user_status group_chat cluster:node_join");
        if (r)
          freeReplyObject(r);
      }
      continue;
    }
    handleMessage(reply);
    freeReplyObject(reply);
  }
}
