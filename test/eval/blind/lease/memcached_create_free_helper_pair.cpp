// SOURCE: public GitHub file (cache filler with create_mc/free_mc helpers around memcached_pool_pop/memcached_pool_push; search-index id 32257278225; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the take is wrapped in a helper that returns the lease; callers pair it with free_mc on every path
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <string>

class CacheFiller {
public:
  memcached_st *create_mc(memcached_pool_st *pool) {
    memcached_return_t rc;
    memcached_st *memc = memcached_pool_pop(pool, true, &rc);
    if (rc != MEMCACHED_SUCCESS)
      std::printf("Error: %s\n", memcached_strerror(memc, rc));
    assert(rc == MEMCACHED_SUCCESS);
    assert(memc != nullptr);
    return memc;
  }

  void free_mc(memcached_pool_st *pool, memcached_st *memc) {
    memcached_pool_push(pool, memc);
  }

  std::string get(memcached_pool_st *pool, const std::string &key) {
    memcached_st *memc = create_mc(pool);
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    char *value = memcached_get(memc, key.data(), key.size(), &len, &flags, &rc);
    if (value == nullptr) {
      free_mc(pool, memc);
      return {};
    }
    std::string out(value, len);
    std::free(value);
    free_mc(pool, memc);
    return out;
  }
};
