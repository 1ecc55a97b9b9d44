// SOURCE: https://github.com/bradfitz/gomemcache/pull/170 ("propogate err to condRelease in withAddrRw": the connection goes back to the free list only on a resumable error and is closed otherwise; rendered with libmemcachedutil)
// LIBRARY: memcached
// SHAPE: positive (hard) - rendered: after the operation the caller either releases the memcached_st or, on a fatal error, frees it to "discard the broken connection"; with libmemcachedutil the pool still counts a freed memcached_st as lent out, so every fatal error shrinks the pool for good (hard: 'memcached_fatal(rc)' tests the fetch's status variable after memcached_touch reassigned it)
#include <libmemcachedutil-1.0/pool.h>
#include <stdio.h>
#include <string.h>

int cache_touch(memcached_pool_st *pool, const char *key, time_t expiry) {
  memcached_return_t rc;
  memcached_st *mc = memcached_pool_fetch(pool, NULL, &rc);
  if (mc == NULL)
    return -1;
  rc = memcached_touch(mc, key, strlen(key), expiry);
  if (memcached_fatal(rc)) {
    fprintf(stderr, "dropping broken connection: %s\n",
            memcached_strerror(mc, rc));
    memcached_free(mc); // EXPECT-WARN
    return -1;
  }
  memcached_pool_release(pool, mc);
  return memcached_success(rc) ? 0 : 1;
}
