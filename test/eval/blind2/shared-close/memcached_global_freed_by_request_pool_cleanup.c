// SOURCE: public GitHub file (chxj_memcache.c of mod_chxj, an Apache module; search-index id 24803147564; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: positive - (hard) the module keeps one file-static memcached_st ("The underlying memcache system is thread safe") and registers its cleanup on the pool of the request that created it, so the end of that request frees the client that concurrent requests of a threaded MPM are still using. The release is in a function named like a shutdown function and registered with an unmodelled apr call (expected FN); request_rec is reduced to its pool, the server list and logging are cut
// FLAGS: -I/usr/include/apr-1.0
#include <apr_pools.h>
#include <libmemcached/memcached.h>

#include <stddef.h>
#include <string.h>

/* The underlying memcache system is thread safe. */
static memcached_st *memc = NULL;
static memcached_server_st *servers = NULL;

static apr_status_t _memcache_cleanup(void *unused) {
  (void)unused;
  if (servers) {
    memcached_server_list_free(servers);
    servers = NULL;
  }
  if (memc) {
    memcached_free(memc); // EXPECT-WARN
    memc = NULL;
  }
  return APR_SUCCESS;
}

static int chxj_memcache_and_memcache_server_create(const char *host,
                                                    int port) {
  memcached_return rc;

  memc = memcached_create(NULL);
  if (!memc)
    return 0;
  servers = memcached_server_list_append(servers, host, port, &rc);
  if (rc != MEMCACHED_SUCCESS)
    return 0;
  rc = memcached_server_push(memc, servers);
  return rc == MEMCACHED_SUCCESS;
}

/* Called at the start of every request that needs the cookie store. */
int chxj_memcache_init(apr_pool_t *request_pool, const char *host, int port) {
  if (!memc) {
    if (!chxj_memcache_and_memcache_server_create(host, port))
      return 0;
    apr_pool_cleanup_register(request_pool, NULL, _memcache_cleanup,
                              _memcache_cleanup);
  }
  return 1;
}

int chxj_memcache_set_cookie(const char *key, const char *value,
                             size_t length) {
  memcached_return rc =
      memcached_set(memc, key, strlen(key), value, length, 0, 0);
  return rc == MEMCACHED_SUCCESS;
}
