// SOURCE: https://github.com/56quarters/mtop/pull/156 (connections returned to the pool only when the request succeeded; rendered with libmemcachedutil where nothing else closes or returns the failed one, so it is simply lost)
// LIBRARY: memcached
// SHAPE: positive - a health-guarded give-back: memcached_pool_release runs only when the get succeeded; on a miss or error the lease is dropped
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <cstdlib>
#include <string>

std::string lookup(memcached_pool_st *Pool, const std::string &Key) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc); // EXPECT-WARN
  if (Memc == nullptr)
    return {};
  size_t Len = 0;
  uint32_t Flags = 0;
  char *Value = memcached_get(Memc, Key.data(), Key.size(), &Len, &Flags, &Rc);
  std::string Result;
  if (Rc == MEMCACHED_SUCCESS) {
    Result.assign(Value, Len);
    std::free(Value);
    memcached_pool_release(Pool, Memc);
  }
  return Result;
}
