// SOURCE: rendered, no single source: the fetch/release pair of the Varnish memcached vmod (public GitHub file, search-index id 14987545803; the index does not name its repository) wrapped in the log-and-return error-check macro idiom of C modules
// LIBRARY: memcached
// SHAPE: positive - an error-check macro that returns hides the early return between the fetch and the release
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <stdio.h>
#include <string.h>

#define MC_CHECK(mc, rc)                                                       \
  do {                                                                         \
    if (memcached_failed(rc)) {                                                \
      fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__,                      \
              memcached_strerror((mc), (rc)));                                 \
      return -1;                                                               \
    }                                                                          \
  } while (0)

int session_touch(memcached_pool_st *pool, const char *sid, time_t ttl) {
  memcached_return_t rc;
  memcached_st *mc = memcached_pool_fetch(pool, NULL, &rc); // EXPECT-WARN
  if (mc == NULL)
    return -1;

  rc = memcached_touch(mc, sid, strlen(sid), ttl);
  MC_CHECK(mc, rc);
  rc = memcached_set(mc, "last_sid", 8, sid, strlen(sid), 0, 0);
  MC_CHECK(mc, rc);

  memcached_pool_release(pool, mc);
  return 0;
}
