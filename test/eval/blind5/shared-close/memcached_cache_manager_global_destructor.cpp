// SOURCE: public GitHub file (search-index id 66961427451; the index does not name its repository): an MQTT bridge's CacheManager holds a memcached_st member and frees it in its destructor; the program has one global CacheManager g_cache
// LIBRARY: memcached
// SHAPE: negative - the member is freed in the owner's destructor, which for the global object runs once at exit
#include <libmemcached/memcached.h>
#include <cstdlib>
#include <string>

class CacheManager {
public:
  CacheManager() : memc(memcached_create(nullptr)) {
    memcached_server_add(memc, "127.0.0.1", 11211);
  }
  std::string get(const std::string &key) {
    if (!memc)
      return "";
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    char *v = memcached_get(memc, key.c_str(), key.size(), &len, &flags, &rc);
    if (!v)
      return "";
    std::string ret(v, len);
    std::free(v);
    return ret;
  }
  void set(const std::string &key, const std::string &value,
           time_t expiration = 300) {
    if (!memc)
      return;
    memcached_set(memc, key.c_str(), key.size(), value.c_str(), value.size(),
                  expiration, 0);
  }
  ~CacheManager() {
    if (memc)
      memcached_free(memc);
  }

private:
  memcached_st *memc;
};

CacheManager g_cache;
