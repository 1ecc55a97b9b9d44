// SOURCE: https://github.com/sewenew/redis-plus-plus/issues/379 ("not able to reuse the redis object out of the scope" -> "now I can able to store" it in a structure) - the stored version
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: negative - Redis made once by an init function into a heap object kept in the app context; the publish path reuses it
#include <chrono>
#include <memory>
#include <string>
#include <sw/redis++/redis++.h>

struct AppContext {
  std::unique_ptr<sw::redis::Redis> redis;
};

void init_redis(AppContext &ctx) {
  sw::redis::ConnectionOptions connection_options;
  connection_options.host = "10.0.0.5";
  connection_options.port = 6379;
  connection_options.password = "#######";
  connection_options.socket_timeout = std::chrono::milliseconds(200);
  ctx.redis = std::make_unique<sw::redis::Redis>(connection_options);
}

void publish_event(AppContext &ctx, const std::string &event) { ctx.redis->publish("events", event); }

void pump(AppContext &ctx) {
  for (int i = 0; i < 100000; ++i)
    publish_event(ctx, "tick " + std::to_string(i));
}
