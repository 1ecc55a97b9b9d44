// SOURCE: public GitHub file of a chat server's Redis pub/sub bridge (search-index id 57658703923; subscribe_loop; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the subscriber thread owns the subscription context: when redisGetReply fails it frees it and at once connects a new one into the same global before the next iteration; no other thread touches the subscriber context
#include <chrono>
#include <hiredis/hiredis.h>
#include <string>
#include <thread>

static std::string g_redis_host = "127.0.0.1";
static int g_redis_port = 6379;
static redisContext *g_sub_ctx = nullptr; // used only by the subscriber thread

void handle_channel_message(const char *channel, const char *payload);

void subscribe_loop() {
  {
    redisReply *reply = (redisReply *)redisCommand(
        g_sub_ctx, "SUBSCRIBE user_status group_chat");
    if (reply)
      freeReplyObject(reply);
  }

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

    if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 3) {
      freeReplyObject(reply);
      continue;
    }
    handle_channel_message(reply->element[1]->str, reply->element[2]->str);
    freeReplyObject(reply);
  }
}

void start_subscriber() {
  g_sub_ctx = redisConnect(g_redis_host.c_str(), g_redis_port);
  std::thread(subscribe_loop).detach();
}
