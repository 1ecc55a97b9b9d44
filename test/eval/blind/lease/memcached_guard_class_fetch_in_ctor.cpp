// SOURCE: public GitHub file (MemcachedConnectionGuard, a guard whose constructor fetches from a memcached_pool_st and whose destructor releases; search-index id 67069822464; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the lease is taken in a guard's constructor and kept in a member; the destructor gives it back; callers use the guard on the stack
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <cstdio>
#include <cstring>
#include <string>

class MemcachedConnectionGuard {
public:
  explicit MemcachedConnectionGuard(memcached_pool_st *Pool)
      : pool(Pool), connection(nullptr) {
    if (pool) {
      memcached_return_t rc;
      connection = memcached_pool_fetch(pool, nullptr, &rc);
      if (connection == nullptr)
        std::fprintf(stderr, "Failed to acquire connection from pool: %s\n",
                     memcached_strerror(nullptr, rc));
    }
  }
  ~MemcachedConnectionGuard() {
    if (connection && pool)
      memcached_pool_release(pool, connection);
  }
  MemcachedConnectionGuard(const MemcachedConnectionGuard &) = delete;
  MemcachedConnectionGuard &operator=(const MemcachedConnectionGuard &) = delete;
  memcached_st *get() { return connection; }
  bool valid() const { return connection != nullptr; }

private:
  memcached_pool_st *pool;
  memcached_st *connection;
};

bool cacheSession(memcached_pool_st *Pool, const std::string &Id,
                  const std::string &Json) {
  MemcachedConnectionGuard Guard(Pool);
  if (!Guard.valid())
    return false;
  return memcached_set(Guard.get(), Id.c_str(), Id.size(), Json.c_str(),
                       Json.size(), 3600, 0) == MEMCACHED_SUCCESS;
}
