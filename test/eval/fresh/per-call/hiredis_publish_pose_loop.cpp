// SOURCE: public GitHub file "Live Basalt VIO from Redis" (search-index id 22214933995; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - helper opens a new redisContext for every pose it publishes; main's processing loop calls it for each state
#include <hiredis/hiredis.h>

#include <chrono>
#include <cstdint>
#include <queue>
#include <string>
#include <thread>

static const char *REDIS_HOST = "127.0.0.1";
static const int REDIS_PORT = 6379;
static const char *CH_POSE = "vio_pose";

struct PoseState {
  double x, y, z;
  int64_t t_ns;
};
static std::queue<PoseState> out_state_queue;

void redis_publish_pose(const PoseState &st) {
  redisContext *c = redisConnect(REDIS_HOST, REDIS_PORT); // EXPECT-WARN
  if (!c)
    return;
  std::string s = "{\"t_ns\":" + std::to_string(st.t_ns) + ",\"p\":[" + std::to_string(st.x) + "," +
                  std::to_string(st.y) + "," + std::to_string(st.z) + "]}";
  redisCommand(c, "PUBLISH %s %b", CH_POSE, s.data(), s.size());
  redisFree(c);
}

int main() {
  // ---- Main processing loop ----
  while (true) {
    const size_t n = out_state_queue.size();
    for (size_t i = 0; i < n; ++i) {
      PoseState st = out_state_queue.front();
      out_state_queue.pop();
      redis_publish_pose(st);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return 0;
}
