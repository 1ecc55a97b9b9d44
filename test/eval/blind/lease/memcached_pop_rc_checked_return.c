// SOURCE: https://github.com/awesomized/libmemcached docs/source/libmemcachedutil/memcached_pool.rst (memcached_pool_pop/fetch report failure through rc and return NULL) - rendered as the usual `if (rc != MEMCACHED_SUCCESS) return -1;` caller
// LIBRARY: memcached
// SHAPE: negative - the status of memcached_pool_pop is tested instead of the pointer; on failure nothing was leased; on success the client is pushed back
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <string.h>

int bump_counter(memcached_pool_st *pool, const char *key, uint64_t *value) {
  memcached_return_t rc;
  memcached_st *memc = memcached_pool_pop(pool, true, &rc);
  if (rc != MEMCACHED_SUCCESS)
    return -1;
  rc = memcached_increment(memc, key, strlen(key), 1, value);
  memcached_pool_push(pool, memc);
  return rc == MEMCACHED_SUCCESS ? 0 : -1;
}
