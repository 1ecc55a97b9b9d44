// SOURCE: public GitHub file (C++ memcached client wrapper constructor; search-index id 51867596805; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative (hard) - the constructor frees its handle when the server cannot be added and throws straight away (the message is built with memcached_strerror, which does not read the handle); the object never exists and its destructor does not run
#include <libmemcached/memcached.h>

#include <stdexcept>
#include <string>

class MemcachedClient {
public:
  MemcachedClient(const std::string &host, int port) {
    memc_ = memcached_create(nullptr);
    if (!memc_)
      throw std::runtime_error("Failed to create memcached client");
    std::string server_config = host + ":" + std::to_string(port);
    memcached_server_st *servers = memcached_servers_parse(server_config.c_str());
    memcached_return_t rc = memcached_server_push(memc_, servers);
    memcached_server_list_free(servers);
    if (rc != MEMCACHED_SUCCESS) {
      memcached_free(memc_);
      throw std::runtime_error(std::string("Failed to add memcached server: ") +
                               memcached_strerror(memc_, rc));
    }
    memcached_behavior_set(memc_, MEMCACHED_BEHAVIOR_BINARY_PROTOCOL, 1);
  }

  ~MemcachedClient() { memcached_free(memc_); }

  bool set(const std::string &key, const std::string &value) {
    return memcached_set(memc_, key.data(), key.size(), value.data(),
                         value.size(), 0, 0) == MEMCACHED_SUCCESS;
  }

private:
  memcached_st *memc_ = nullptr;
};
