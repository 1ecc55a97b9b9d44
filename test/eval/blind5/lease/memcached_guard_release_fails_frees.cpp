// SOURCE: public GitHub file (MemcachedConnectionGuard: the constructor fetches into a member, the destructor releases and falls back to memcached_free when the release fails; search-index id 67069822464; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative (hard) - RAII guard: fetch in the constructor, release in the destructor, memcached_free only when memcached_pool_release itself failed (the pool refused it, so it is no longer the pool's); users test valid() and return early
#include <libmemcachedutil-1.0/pool.h>
#include <cstdio>
#include <string>

class MemcachedConnectionGuard {
public:
  explicit MemcachedConnectionGuard(memcached_pool_st *Pool)
      : pool(Pool), connection(nullptr) {
    if (pool) {
      memcached_return_t rc;
      connection = memcached_pool_fetch(pool, NULL, &rc);
      if (connection == nullptr)
        std::fprintf(stderr, "Failed to acquire connection from pool: %s\n",
                     memcached_strerror(NULL, rc));
    }
  }
  ~MemcachedConnectionGuard() {
    if (connection && pool) {
      memcached_return_t rc = memcached_pool_release(pool, connection);
      if (rc != MEMCACHED_SUCCESS) {
        std::fprintf(stderr, "Failed to return connection to pool: %s\n",
                     memcached_strerror(NULL, rc));
        memcached_free(connection);
      }
    }
  }
  MemcachedConnectionGuard(const MemcachedConnectionGuard &) = delete;
  MemcachedConnectionGuard &operator=(const MemcachedConnectionGuard &) = delete;

  memcached_st *get() { return connection; }
  bool valid() const { return connection != nullptr; }

private:
  memcached_pool_st *pool;
  memcached_st *connection;
};

bool cacheSet(memcached_pool_st *Pool, const std::string &Key,
              const std::string &Value) {
  MemcachedConnectionGuard Guard(Pool);
  if (!Guard.valid())
    return false;
  memcached_return_t Rc = memcached_set(Guard.get(), Key.data(), Key.size(),
                                        Value.data(), Value.size(), 0, 0);
  return memcached_success(Rc);
}
