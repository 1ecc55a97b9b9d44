// Checks the backend with one connection, released on every path.
#include <hiredis/hiredis.h>

bool backendHealthy() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C == nullptr)
    return false;
  bool Healthy = C->err == 0;
  redisFree(C);
  return Healthy;
}
