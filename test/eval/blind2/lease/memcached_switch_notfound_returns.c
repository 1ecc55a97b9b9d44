// SOURCE: rendered from the Varnish memcached vmod's vmod_get (public GitHub file, search-index id 14987545803; the index does not name its repository), with the status handled by a switch
// LIBRARY: memcached
// SHAPE: positive - a switch on the memcached_get status returns from the MEMCACHED_NOTFOUND case before the release after the switch
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <stdlib.h>
#include <string.h>

char *cache_lookup(memcached_pool_st *pool, const char *key, int *hit) {
  memcached_return_t rc;
  size_t len;
  uint32_t flags;
  char *value;
  memcached_st *mc = memcached_pool_fetch(pool, NULL, &rc); // EXPECT-WARN
  if (mc == NULL)
    return NULL;

  value = memcached_get(mc, key, strlen(key), &len, &flags, &rc);
  switch (rc) {
  case MEMCACHED_SUCCESS:
    *hit = 1;
    break;
  case MEMCACHED_NOTFOUND:
    *hit = 0;
    return NULL;
  default:
    *hit = 0;
    free(value);
    value = NULL;
    break;
  }
  memcached_pool_release(pool, mc);
  return value;
}
