// SOURCE: rendered from public GitHub file (search-index id 62739720080; the index does not name its repository): a Pistache registration handler that, when SETEX on the process's Redis connection fails, tears the connection down (the original has `//redisFree(redis_ctx);` next to `delete redis;`) and answers 500; written with cpp-httplib, whose handlers the models know
// LIBRARY: hiredis
// SHAPE: positive - a request handler frees the process-wide redisContext on a recoverable command error and leaves the global pointing at it; every later request uses the freed context
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <string>

redisContext *redis_ctx = nullptr; // connected once in main

static void handleRegister(const httplib::Request &Req, httplib::Response &Res) {
  const std::string Key = "session:" + Req.get_param_value("user");
  auto *Reply = static_cast<redisReply *>(
      redisCommand(redis_ctx, "SETEX %s %d %s", Key.c_str(), 3600, "1"));
  if (Reply == nullptr) {
    redisFree(redis_ctx); // EXPECT-WARN
    Res.status = 500;
    Res.set_content(R"({"success":false,"message":"cache failed"})",
                    "application/json");
    return;
  }
  freeReplyObject(Reply);
  Res.set_content(R"({"success":true})", "application/json");
}

void installRoutes(httplib::Server &Server) {
  Server.Post("/register", handleRegister);
}
