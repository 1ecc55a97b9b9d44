// SOURCE: rendered from the two-label C cleanup idiom ('release:' then 'out:') used around memcached_pool_fetch in C modules such as the Varnish memcached vmod (public GitHub file, search-index id 15048949501; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: positive - an error after the fetch jumps to the 'out:' label, which comes after the 'release:' label that gives the connection back
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <stdint.h>
#include <string.h>

int counter_bump(memcached_pool_st *pool, const char *key, uint64_t *value) {
  memcached_return_t rc;
  int ret = -1;
  memcached_st *mc = memcached_pool_fetch(pool, NULL, &rc); // EXPECT-WARN
  if (mc == NULL)
    goto out;

  if (strlen(key) >= MEMCACHED_MAX_KEY)
    goto out;

  rc = memcached_increment(mc, key, strlen(key), 1, value);
  if (rc == MEMCACHED_NOTFOUND) {
    rc = memcached_set(mc, key, strlen(key), "1", 1, 0, 0);
    *value = 1;
  }
  if (rc != MEMCACHED_SUCCESS)
    goto release;
  ret = 0;

release:
  memcached_pool_release(pool, mc);
out:
  return ret;
}
