// SOURCE: rendered from the Varnish memcached vmod's vmod_get (public GitHub file, search-index id 14987545803; the index does not name its repository): the release comes right after memcached_get, before the status is looked at
// LIBRARY: memcached
// SHAPE: negative - the connection is released right after the lookup, then a switch on the status returns from several cases
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <stdlib.h>
#include <string.h>

char *cache_lookup(memcached_pool_st *pool, const char *key, int *hit) {
  memcached_return_t rc;
  size_t len;
  uint32_t flags;
  char *value;
  memcached_st *mc = memcached_pool_fetch(pool, NULL, &rc);
  if (mc == NULL)
    return NULL;

  value = memcached_get(mc, key, strlen(key), &len, &flags, &rc);
  memcached_pool_release(pool, mc);

  switch (rc) {
  case MEMCACHED_SUCCESS:
    *hit = 1;
    return value;
  case MEMCACHED_NOTFOUND:
    *hit = 0;
    return NULL;
  default:
    *hit = 0;
    free(value);
    return NULL;
  }
}
