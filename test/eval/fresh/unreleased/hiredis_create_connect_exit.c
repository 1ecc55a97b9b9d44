// SOURCE: bharanic4040/WebServer WebServer/cache.c
// LIBRARY: hiredis
// SHAPE: negative - NULL-checked failure: an errored context is freed before exit(); the good context is returned to the caller (free_connect_redis releases it)
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

#define REDIS_HOST "127.0.0.1"
#define REDIS_PORT 6379
static const struct timeval REDIS_TIMEOUT = {1, 500000};

redisContext *create_connect_redis() {
  redisContext *conn = redisConnectWithTimeout(REDIS_HOST, REDIS_PORT, REDIS_TIMEOUT);
  if (conn == NULL || conn->err) {
    if (conn) {
      printf("Connection error: %s\n", conn->errstr);
      redisFree(conn);
    } else {
      printf("Connection error: can't allocate redis context\n");
    }
    exit(EXIT_FAILURE);
  }
  return conn;
}

void free_connect_redis(redisContext *conn) { redisFree(conn); }
