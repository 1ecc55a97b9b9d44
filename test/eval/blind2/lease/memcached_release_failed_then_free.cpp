// SOURCE: public GitHub file, MemcachedConnectionGuard (search-index id 67069822464; the index does not name its repository); its destructor's fallback written inline in one function
// LIBRARY: memcached
// SHAPE: negative (hard) - the connection is released to the pool; only when memcached_pool_release reports failure (the pool did not take it back) is it freed, so it is never both in the pool and freed
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <cstdio>
#include <string>

bool cache_put(memcached_pool_st *pool, const std::string &key,
               const std::string &value) {
  memcached_return_t rc;
  memcached_st *connection = memcached_pool_fetch(pool, nullptr, &rc);
  if (connection == nullptr) {
    std::fprintf(stderr, "Failed to acquire connection from pool: %s\n",
                 memcached_strerror(nullptr, rc));
    return false;
  }

  rc = memcached_set(connection, key.data(), key.size(), value.data(),
                     value.size(), 0, 0);
  bool ok = rc == MEMCACHED_SUCCESS;

  memcached_return_t release_rc = memcached_pool_release(pool, connection);
  if (release_rc != MEMCACHED_SUCCESS) {
    std::fprintf(stderr, "Failed to return connection to pool: %s\n",
                 memcached_strerror(nullptr, release_rc));
    memcached_free(connection);
  }
  return ok;
}
