// SOURCE: public GitHub file, CachingEngine::getFromRemoteMemcached (search-index id 35040143129; the index does not name its repository; the line carries "// todo reuse connection")
// LIBRARY: memcached
// SHAPE: positive - every cache miss creates a memcached_st (and a server list), retries the stat a few times and returns without memcached_free on any path
#include <libmemcached/memcached.h>
#include <string>
#include <unistd.h>

class CachingEngine {
public:
  bool getFromRemoteMemcached(const std::string &key, std::string &value);

private:
  std::string host = "127.0.0.1";
  int port = 11211;
  int attempts = 3;
};

bool CachingEngine::getFromRemoteMemcached(const std::string &key,
                                           std::string &value) {
  bool retValue = false;
  memcached_server_st *servers = NULL;
  memcached_st *memc;
  memcached_return rc;

  memc = memcached_create(NULL); // EXPECT-WARN
  servers = memcached_server_list_append(servers, host.c_str(), port, &rc);
  rc = memcached_server_push(memc, servers);

  // Multiple tries to connect to remote memcached
  for (int i = 0; i < attempts; ++i) {
    memcached_stat(memc, NULL, &rc);
    if (rc == MEMCACHED_SUCCESS) {
      size_t return_value_length;
      uint32_t flags;
      char *memcacheRet = memcached_get(memc, key.c_str(), key.length(),
                                        &return_value_length, &flags, &rc);
      if (memcacheRet) {
        value = memcacheRet;
        retValue = true;
      }
      break;
    }
    sleep(1);
  }
  return retValue;
}
