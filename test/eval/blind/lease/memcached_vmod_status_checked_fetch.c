// SOURCE: public GitHub file (Varnish vmod for memcached, get_memcached/release_memcached; search-index id 14987545803; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - memcached_pool_fetch's status is tested (`if (rc == MEMCACHED_SUCCESS) return mc;`); on failure the pool gave NULL and nothing is held; the lease goes to the caller, which gives it back with release_memcached
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <stddef.h>
#include <string.h>

struct vmod_mc_settings {
  memcached_pool_st *pool;
  int pool_timeout_msec;
};

static memcached_st *get_memcached(struct vmod_mc_settings *settings) {
  memcached_return_t rc;
  memcached_st *mc;
  struct timespec wait;

  if (!settings->pool)
    return NULL;
  wait.tv_nsec = 1000 * 1000 * (settings->pool_timeout_msec % 1000);
  wait.tv_sec = settings->pool_timeout_msec / 1000;

  mc = memcached_pool_fetch(settings->pool, &wait, &rc);
  if (rc == MEMCACHED_SUCCESS) {
    return mc;
  }
  return NULL;
}

static void release_memcached(struct vmod_mc_settings *settings,
                              memcached_st *mc) {
  memcached_pool_release(settings->pool, mc);
}

int vmod_incr(struct vmod_mc_settings *settings, const char *key,
              uint64_t *value) {
  memcached_st *mc = get_memcached(settings);
  if (mc == NULL)
    return -1;
  memcached_return_t rc = memcached_increment(mc, key, strlen(key), 1, value);
  release_memcached(settings, mc);
  return rc == MEMCACHED_SUCCESS ? 0 : -1;
}
