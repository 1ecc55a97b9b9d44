// SOURCE: https://github.com/Grokzen/redis-py-cluster/pull/473 ("When our connection pool is full ... we can run into a case where we leak perfectly useable connections ... particularly problematic when preparing connections for a pipeline, since we can potentially request (and leak) a large number of connections in one go")
// LIBRARY: memcached
// SHAPE: positive (hard) - rendered with libmemcachedutil: a multi-shard lookup fetches one connection per shard into a local array without waiting; when one shard's pool is empty it returns, and the connections already fetched for the earlier shards are never released. The leases live in array elements, which the check may not follow (copies through memory are a documented limitation)
#include <libmemcachedutil-1.0/pool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define MAX_SHARDS 8

int mget_across_shards(memcached_pool_st **pools, size_t nshards,
                       const char *const *keys, char **values) {
  memcached_st *conns[MAX_SHARDS];
  struct timespec no_wait = {0, 0};
  memcached_return_t rc;
  size_t i;

  if (nshards > MAX_SHARDS)
    return -1;

  for (i = 0; i < nshards; i++) {
    conns[i] = memcached_pool_fetch(pools[i], &no_wait, &rc); // EXPECT-WARN
    if (conns[i] == NULL) {
      fprintf(stderr, "shard %zu: no free connection: %s\n", i,
              memcached_strerror(NULL, rc));
      return -1;
    }
  }

  for (i = 0; i < nshards; i++) {
    size_t len;
    uint32_t flags;
    values[i] = memcached_get(conns[i], keys[i], strlen(keys[i]), &len, &flags,
                              &rc);
  }

  for (i = 0; i < nshards; i++)
    memcached_pool_release(pools[i], conns[i]);
  return 0;
}
