// SOURCE: https://github.com/DataAction/AdoNetCore.AseClient/issues/148 ("Pooled connection leak when commands after connection open fail": opening works, the first command fails, and the pooled connection is never returned; rendered with libmemcachedutil)
// LIBRARY: memcached
// SHAPE: positive (hard) - rendered: after a successful fetch the session set-up command (a verbosity change) fails and jumps to an error label that logs and returns; only the success path reaches memcached_pool_release, so a misconfigured server drains the pool (hard: the 'memcached_failed(rc)' that jumps to the label tests the fetch's status variable after memcached_verbosity reassigned it)
#include <libmemcachedutil-1.0/pool.h>
#include <stdio.h>

int store_session(memcached_pool_st *pool, const char *key, size_t klen,
                  const char *val, size_t vlen) {
  memcached_return_t rc;
  struct timespec wait = {2, 0};
  memcached_st *mc = memcached_pool_fetch(pool, &wait, &rc); // EXPECT-WARN
  if (mc == NULL)
    return -1;

  rc = memcached_verbosity(mc, 0);
  if (memcached_failed(rc))
    goto fail;

  rc = memcached_set(mc, key, klen, val, vlen, 3600, 0);
  memcached_pool_release(pool, mc);
  return memcached_success(rc) ? 0 : -1;

fail:
  fprintf(stderr, "session setup failed: %s\n", memcached_strerror(mc, rc));
  return -1;
}
