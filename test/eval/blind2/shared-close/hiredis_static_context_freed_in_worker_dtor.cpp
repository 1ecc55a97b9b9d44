// SOURCE: public GitHub file (worker.cpp, class Worker with a file-static redisContext; search-index id 32990050904; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - (hard) every Worker connects into one file-static context in its constructor and frees that static in its destructor without resetting it; with one Worker per thread, the first Worker to be destroyed frees the context the other threads are still using. The release is in a destructor, which the docs treat as a shutdown path (expected FN); the pool of per-thread Workers is reconstructed
#include <hiredis/hiredis.h>

#include <cstdlib>
#include <iostream>
#include <thread>
#include <vector>

class Worker {
public:
  Worker();
  ~Worker();
  long long work();
};

static redisContext *ctx = NULL;

static void check_redis_error(redisContext *ctx) {
  if (ctx != NULL && ctx->err) {
    std::cerr << "Redis error: " << ctx->errstr << std::endl;
    exit(1);
  }
}

Worker::Worker() {
  ctx = redisConnect("127.0.0.1", 6379);
  check_redis_error(ctx);
}

Worker::~Worker() {
  if (ctx != NULL)
    redisFree(ctx); // EXPECT-WARN
}

long long Worker::work() {
  redisReply *reply;

  reply = (redisReply *)redisCommand(
      ctx, "RPUSH mylist {\"result\":\"success\",\"id\":5}");
  if (reply->type == REDIS_REPLY_ERROR) {
    std::cerr << "Redis replied error: " << reply->str << std::endl;
    freeReplyObject(reply);
    return 0LL;
  }
  freeReplyObject(reply);

  reply = (redisReply *)redisCommand(ctx, "LLEN mylist");
  long long size = reply->integer;
  freeReplyObject(reply);
  return size;
}

static void runWorker(int jobs) {
  Worker worker;
  for (int i = 0; i < jobs; ++i)
    worker.work();
}

int main() {
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back(runWorker, 1000 * (i + 1));
  for (std::thread &t : threads)
    t.join();
  return 0;
}
