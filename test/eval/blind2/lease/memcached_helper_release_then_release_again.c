// SOURCE: rendered from the Varnish memcached vmod (public GitHub file, search-index id 14987545803; the index does not name its repository), whose functions give the connection back through 'release_memcached(ctx, settings, mc)'; here one function also kept the direct release it had before the helper existed
// LIBRARY: memcached
// SHAPE: positive - the connection is given back through a visible helper and then released again directly, so the pool holds it twice
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct mc_settings {
  memcached_pool_st *pool;
  long error_int;
};

static void release_memcached(struct mc_settings *settings, memcached_st *mc) {
  memcached_pool_release(settings->pool, mc);
}

long vmod_decr(struct mc_settings *settings, const char *key, long offset) {
  memcached_return_t rc;
  uint64_t value = 0;
  memcached_st *mc = memcached_pool_fetch(settings->pool, NULL, &rc);

  if (!mc)
    return settings->error_int;

  rc = memcached_decrement(mc, key, strlen(key), (uint32_t)offset, &value);
  release_memcached(settings, mc);

  if (rc != MEMCACHED_SUCCESS) {
    fprintf(stderr, "memcached decrement() error: %s\n",
            memcached_strerror(NULL, rc));
    return settings->error_int;
  }
  memcached_pool_release(settings->pool, mc); // EXPECT-WARN
  return (long)value;
}
