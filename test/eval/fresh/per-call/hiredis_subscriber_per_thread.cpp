// SOURCE: public GitHub file "Live Basalt VIO from Redis" (search-index id 22214933995; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - each receiver thread gets its subscriber context once from redis_sub() (which exits on failure) and then loops on redisGetReply
#include <hiredis/hiredis.h>

#include <cstdlib>
#include <iostream>

static const char *REDIS_HOST = "127.0.0.1";
static const int REDIS_PORT = 6379;
static const char *CH_IMU = "pserver-imu";

redisContext *redis_sub(const char *ch) {
  redisContext *c = redisConnect(REDIS_HOST, REDIS_PORT);
  if (!c || c->err) {
    std::cerr << "Redis connect error\n";
    std::exit(1);
  }
  redisCommand(c, "SUBSCRIBE %s", ch);
  return c;
}

void imu_thread() {
  redisContext *c = redis_sub(CH_IMU);
  redisReply *r;
  while (redisGetReply(c, (void **)&r) == REDIS_OK) {
    if (!r || r->type != REDIS_REPLY_ARRAY)
      continue;
    freeReplyObject(r);
  }
}
