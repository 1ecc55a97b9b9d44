// SOURCE: public GitHub file (redis queue client: "OK we have no handle, create a connection to the server" - `_g_redis = redisConnectWithTimeout(...)` replaces a context whose PING failed without freeing it; search-index id 22242298918; the index does not name its repository) - rendered with a local context in a bounded retry loop
// LIBRARY: hiredis
// SHAPE: positive - each retry assigns a new context to the same variable while the failed one is still allocated; only the final one is freed
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <unistd.h>

int ping_with_retries(const char *host, int port, int attempts) {
  struct timeval timeout = {1, 500000};
  redisContext *c = NULL;
  for (int i = 0; i < attempts; i++) {
    c = redisConnectWithTimeout(host, port, timeout); // EXPECT-WARN
    if (c != NULL && !c->err)
      break;
    fprintf(stderr, "connect attempt %d failed\n", i + 1);
    sleep(1);
  }
  if (c == NULL)
    return -1;
  int ok = !c->err;
  redisFree(c);
  return ok ? 0 : -1;
}
