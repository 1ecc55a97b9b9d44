// SOURCE: public GitHub file (MQTT gateway with CacheManager g_cache; search-index id 66961427451; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the memcached handle is a member of a global CacheManager object and is freed only by its destructor, which runs at process exit
#include <libmemcached/memcached.h>

#include <cstdlib>
#include <string>

class CacheManager {
  memcached_st *memc = nullptr;

public:
  CacheManager() {
    memc = memcached_create(NULL);
    memcached_server_add(memc, "127.0.0.1", 11211);
  }
  std::string get(const std::string &key) {
    if (!memc)
      return "";
    size_t len;
    uint32_t flags;
    memcached_return_t rc;
    char *val = memcached_get(memc, key.c_str(), key.length(), &len, &flags, &rc);
    if (!val)
      return "";
    std::string ret(val, len);
    free(val);
    return ret;
  }
  void set(const std::string &key, const std::string &value,
           time_t expiration = 300) {
    if (!memc)
      return;
    memcached_set(memc, key.c_str(), key.length(), value.c_str(),
                  value.length(), expiration, 0);
  }
  ~CacheManager() {
    if (memc)
      memcached_free(memc);
  }
};

CacheManager g_cache;

void on_sensor_message(const std::string &topic, const std::string &payload) {
  if (g_cache.get(topic) != payload)
    g_cache.set(topic, payload);
}
