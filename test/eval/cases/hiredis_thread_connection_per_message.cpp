// SOURCE: https://github.com/xjdrew/redis-persist/pull/13 ("Everytime the command has been trigger, the command will create a new redis connection") - the worker-thread/queue structure is a rendering, not that project's code
// LIBRARY: hiredis
// SHAPE: positive - std::thread worker loop; connection made and freed for every queued command
#include <condition_variable>
#include <deque>
#include <hiredis/hiredis.h>
#include <mutex>
#include <string>
#include <thread>

static std::mutex mu;
static std::condition_variable cv;
static std::deque<std::string> pending;

static void run_command(const std::string &cmd) {
  struct timeval tv = {1, 500000};
  redisContext *c = redisConnectWithTimeout("127.0.0.1", 6379, tv); // EXPECT-WARN
  if (!c || c->err) {
    if (c)
      redisFree(c);
    return;
  }
  freeReplyObject(redisCommand(c, cmd.c_str()));
  redisFree(c);
}

void start_persist_worker() {
  std::thread([] {
    for (;;) {
      std::unique_lock<std::mutex> lk(mu);
      cv.wait(lk, [] { return !pending.empty(); });
      std::string cmd = pending.front();
      pending.pop_front();
      lk.unlock();
      run_command(cmd);
    }
  }).detach();
}
