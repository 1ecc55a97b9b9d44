// SOURCE: public GitHub file (EPICS asyn V965 QDC wrapper; search-index id 62459876671; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: positive - acquisitionLoop() calls pushOnMemcached() for every block read; each call creates, configures and frees a memcached_st
#include <libmemcached/memcached.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

class V965Wrapper {
 public:
  void acquisitionLoop();
  void pushOnMemcached(const std::vector<uint32_t> &data);

 private:
  std::vector<uint32_t> readScalerValue();
  unsigned int readBlock(uint32_t *buf);
  std::atomic<bool> acquiring_{false};
  uint32_t bltBuffer[4096];
};

void V965Wrapper::pushOnMemcached(const std::vector<uint32_t> &data) {
  memcached_st *memc = memcached_create(NULL); // EXPECT-WARN

  memcached_server_st *servers = NULL;
  servers = memcached_server_list_append(servers, "127.0.0.1", 11211, NULL);
  memcached_server_push(memc, servers);
  const char *key = "mykey";
  memcached_return rc = memcached_set(memc, key, strlen(key), reinterpret_cast<const char *>(data.data()),
                                      data.size() * sizeof(uint32_t),
                                      0, // expiration
                                      0  // flags
  );

  if (rc != MEMCACHED_SUCCESS) {
    printf("Errore: %s\n", memcached_strerror(memc, rc));
  }
  memcached_server_list_free(servers);
  memcached_free(memc);
}

void V965Wrapper::acquisitionLoop() {
  while (acquiring_.load()) {
    std::vector<uint32_t> scalerValues = readScalerValue();
    unsigned int gotWords = readBlock(bltBuffer);
    if (gotWords > 0) {
      std::vector<uint32_t> result;
      result.reserve(scalerValues.size() + gotWords);
      result.insert(result.end(), scalerValues.begin(), scalerValues.end());
      result.insert(result.end(), bltBuffer, bltBuffer + gotWords);
      pushOnMemcached(result);
    }
  }
}
