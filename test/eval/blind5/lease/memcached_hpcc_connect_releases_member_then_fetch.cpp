// SOURCE: public GitHub file (HPCC Platform memcached plugin, MemCachedPlugin::MCached::connect and ~MCached: the member connection is released before a new fetch and in the destructor; search-index ids 32935440428 and 45582320602; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - connect() gives back the connection currently held in the member before fetching a new one into the same member, then throws through an assert helper when the fetch failed; the destructor gives the member back. The leases live in a member, not in a local
#include <libmemcachedutil-1.0/pool.h>
#include <stdexcept>
#include <string>

class MCached {
public:
  ~MCached();
  void connect();

private:
  void assertOnError(memcached_return_t Rc, const char *Msg);
  memcached_pool_st *pool = nullptr;
  memcached_st *connection = nullptr;
};

void MCached::assertOnError(memcached_return_t Rc, const char *Msg) {
  if (Rc != MEMCACHED_SUCCESS)
    throw std::runtime_error(std::string(Msg) + memcached_strerror(connection, Rc));
}

void MCached::connect() {
  if (!pool)
    throw std::logic_error("memcached pool not initialised");
  if (connection)
    memcached_pool_release(pool, connection);
  memcached_return_t error;
  connection = memcached_pool_fetch(pool, (struct timespec *)0, &error);
  assertOnError(error, "memcached_pool_fetch failed - ");
}

MCached::~MCached() {
  if (pool) {
    memcached_pool_release(pool, connection);
    connection = nullptr;
    memcached_pool_destroy(pool);
  } else if (connection) {
    memcached_free(connection);
  }
}
