// SOURCE: public GitHub file, CacheServiceImpl::create_mc / free_mc (search-index id 32469609948; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - a blocking memcached_pool_pop whose failure is printed and asserted away, and whose client is returned to the caller; the matching helper pushes it back
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <cassert>
#include <cstdio>
#include <cstring>

class CacheServiceImpl final {
public:
  CacheServiceImpl() {
    const char *config_string = "--SERVER=localhost:11211";
    pool = memcached_pool(config_string, strlen(config_string));
    assert(pool != nullptr);
  }
  ~CacheServiceImpl() { memcached_pool_destroy(pool); }

  memcached_st *create_mc(void) {
    memcached_return_t rc;
    memcached_st *memc = memcached_pool_pop(pool, true, &rc);
    if (rc != MEMCACHED_SUCCESS) {
      printf("Error: %s\n", memcached_strerror(memc, rc));
    }
    assert(rc == MEMCACHED_SUCCESS);
    assert(memc != nullptr);
    return memc;
  }

  void free_mc(memcached_st *memc) { memcached_pool_push(pool, memc); }

private:
  memcached_pool_st *pool;
};
