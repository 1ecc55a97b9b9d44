// SOURCE: public GitHub file (HPCC Systems memcached plugin, MemCachedPlugin::MCached::connect; search-index id 32935440428; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - connect() gives the member's current lease back and takes a new one into the same member; the object keeps it for later calls
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <stdexcept>
#include <string>

class MCached {
public:
  void connect() {
    if (!pool)
      throw std::runtime_error("memcached pool not initialised");
    if (connection)
      memcached_pool_release(pool, connection);
    memcached_return_t error;
    connection = memcached_pool_fetch(pool, nullptr, &error);
    if (error != MEMCACHED_SUCCESS)
      throw std::runtime_error(std::string("memcached_pool_fetch failed - ") +
                               memcached_strerror(nullptr, error));
  }

private:
  memcached_pool_st *pool = nullptr;
  memcached_st *connection = nullptr;
};
