// SOURCE: public GitHub file ssMemcached.cpp (search-index id 10462291882; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative (hard) - an explicit teardown method with a misspelled name ('destory') frees the member and leaves it set; no destructor frees it again and callers call it last, so nothing uses the dangling member; the name matches no shutdown word, so the docs' dangling-member rule would report it (expected FP)
#include <libmemcached/memcached.h>

namespace util {

class ssMemcached {
public:
  ssMemcached() : servers(nullptr), memc(memcached_create(nullptr)) {}

  // destory memcache
  int destory() {
    memcached_free(memc);
    memcached_server_free(servers);
    return 0;
  }

  int set(const char *Key, size_t KeyLen, const char *Value, size_t ValueLen,
          time_t Time) {
    memcached_return_t rc =
        memcached_set(memc, Key, KeyLen, Value, ValueLen, Time, 0);
    return rc == MEMCACHED_SUCCESS ? 0 : -1;
  }

private:
  memcached_server_st *servers;
  memcached_st *memc;
};

} // namespace util

int runJob(util::ssMemcached &Cache) {
  int Rc = Cache.set("k", 1, "v", 1, 60);
  Cache.destory();
  return Rc;
}
