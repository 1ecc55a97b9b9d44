// SOURCE: https://github.com/getsentry/rb/pull/22 ("Ensure connections are returned back to the connection pool on error": with MappingClient an error response left the connection checked out, growing the pool to its maximum; rendered with libmemcachedutil)
// LIBRARY: memcached
// SHAPE: positive (hard) - rendered: a batched get fetches one memcached_st and walks the keys; an error reply (anything but success or NOTFOUND) returns -1 from inside the key loop without memcached_pool_release, so every failing batch keeps a connection out (hard: the status variable tested on the leaking path is the fetch's 'rc', reassigned by memcached_get, so it no longer holds the take's status)
#include <libmemcachedutil-1.0/pool.h>
#include <stdlib.h>
#include <string.h>

int mapping_get(memcached_pool_st *pool, const char *const *keys, size_t nkeys,
                char **values) {
  memcached_return_t rc;
  memcached_st *mc = memcached_pool_fetch(pool, NULL, &rc); // EXPECT-WARN
  if (mc == NULL)
    return -1;
  for (size_t i = 0; i < nkeys; i++) {
    size_t len = 0;
    uint32_t flags = 0;
    values[i] = memcached_get(mc, keys[i], strlen(keys[i]), &len, &flags, &rc);
    if (rc == MEMCACHED_NOTFOUND)
      continue;
    if (rc != MEMCACHED_SUCCESS)
      return -1;
  }
  memcached_pool_release(pool, mc);
  return 0;
}
