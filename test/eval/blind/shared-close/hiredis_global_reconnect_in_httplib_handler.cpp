// SOURCE: https://github.com/ray-project/ray/pull/64204 (review: "Overlapping Disconnect()/Connect() calls can tear down the shared async client while other threads still use it"; rendered with a hiredis context shared by a cpp-httplib server that a handler frees and reconnects)
// LIBRARY: hiredis
// SHAPE: positive - a request handler frees the global context on a failed command and reconnects; requests in flight on other threads still use the old one
#include <hiredis/hiredis.h>
#include <httplib.h>

redisContext *g_redis = nullptr; // connected in main

static void handleIncr(const httplib::Request &Req, httplib::Response &Res) {
  auto *Reply = static_cast<redisReply *>(
      redisCommand(g_redis, "INCR %s", Req.get_param_value("key").c_str()));
  if (Reply == nullptr) {
    redisFree(g_redis); // EXPECT-WARN
    g_redis = redisConnect("127.0.0.1", 6379);
    Res.status = 503;
    return;
  }
  Res.set_content(std::to_string(Reply->integer), "text/plain");
  freeReplyObject(Reply);
}

void installCounterRoutes(httplib::Server &Server) {
  Server.Post("/incr", handleIncr);
}
