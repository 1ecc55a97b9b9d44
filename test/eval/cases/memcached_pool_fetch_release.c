// SOURCE: https://github.com/awesomized/libmemcached/blob/HEAD/docs/source/libmemcachedutil.rst and memcached_pool.rst (memcached_pool() once; memcached_pool_fetch / memcached_pool_release per request, "thread safe")
// LIBRARY: memcached
// SHAPE: negative - pool created once at start-up into a global; request path leases and releases a client
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <string.h>

static memcached_pool_st *pool;

int cache_init(void) {
  const char *config_string = "--SERVER=127.0.0.1:11211 --POOL-MIN=4 --POOL-MAX=32";
  pool = memcached_pool(config_string, strlen(config_string));
  return pool ? 0 : -1;
}

int cache_get(const char *key, char *out, size_t cap) {
  memcached_return_t rc;
  memcached_st *memc = memcached_pool_fetch(pool, NULL, &rc);
  if (!memc)
    return -1;
  size_t len = 0;
  uint32_t flags = 0;
  char *val = memcached_get(memc, key, strlen(key), &len, &flags, &rc);
  if (val) {
    strncpy(out, val, cap - 1);
    free(val);
  }
  memcached_pool_release(pool, memc);
  return val ? 0 : -1;
}

void handle_requests(const char **keys, int n) {
  char buf[256];
  for (int i = 0; i < n; i++)
    cache_get(keys[i], buf, sizeof(buf));
}
