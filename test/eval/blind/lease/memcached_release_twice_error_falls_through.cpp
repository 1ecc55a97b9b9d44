// SOURCE: https://github.com/brianc/node-pg-pool/pull/3 ("Only release client once on an error": the error branch released the client and the normal release ran too; rendered with libmemcachedutil)
// LIBRARY: memcached
// SHAPE: positive - the error branch releases the client and falls through to the unconditional release (no return); on the error path it goes back twice
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <cstdio>
#include <string>

int touchKey(memcached_pool_st *Pool, const std::string &Key) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  if (Memc == nullptr)
    return -1;
  Rc = memcached_touch(Memc, Key.data(), Key.size(), 60);
  if (Rc != MEMCACHED_SUCCESS) {
    std::fprintf(stderr, "touch failed: %s\n", memcached_strerror(Memc, Rc));
    memcached_pool_release(Pool, Memc);
  }
  memcached_pool_release(Pool, Memc); // EXPECT-WARN
  return Rc == MEMCACHED_SUCCESS ? 0 : -1;
}
