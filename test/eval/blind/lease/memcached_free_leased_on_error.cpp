// SOURCE: https://github.com/56quarters/mtop/pull/156 ("Only return Memcached connections to the pool on success": a connection that failed is discarded instead of going back; rendered with libmemcachedutil, where freeing a leased memcached_st instead of releasing it shrinks the pool for good)
// LIBRARY: memcached
// SHAPE: positive - on a failed set the leased client is destroyed with memcached_free instead of memcached_pool_release
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <string>

bool storeValue(memcached_pool_st *Pool, const std::string &Key,
                const std::string &Value) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  if (Memc == nullptr)
    return false;
  Rc = memcached_set(Memc, Key.data(), Key.size(), Value.data(), Value.size(),
                     0, 0);
  if (Rc != MEMCACHED_SUCCESS) {
    // A connection that failed is not trusted again.
    memcached_free(Memc); // EXPECT-WARN
    return false;
  }
  memcached_pool_release(Pool, Memc);
  return true;
}
