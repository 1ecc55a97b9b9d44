// SOURCE: public GitHub file (urldump2_redis.c connect_to_redis: the global redis_ctx is freed when `redis_ctx->err` is set and the function returns -1 with the global still pointing at it; search-index id 40294193818; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - a global context freed on a connection error and not reset; the capture loop keeps calling redisCommand on it when the caller ignores the -1
#include <hiredis/hiredis.h>
#include <stdio.h>

redisContext *redis_ctx;

int connect_to_redis(void) {
  struct timeval timeout = {1, 500000};
  redis_ctx = redisConnectWithTimeout("127.0.0.1", 6379, timeout);
  if (redis_ctx == NULL) {
    printf("Connection error: can't allocate redis context\n");
    return -1;
  }
  if (redis_ctx->err) {
    printf("Redis Connection error: %s\n", redis_ctx->errstr);
    redisFree(redis_ctx); // EXPECT-WARN
    return -1;
  }
  printf("Redis connection: OK\n");
  return 0;
}
