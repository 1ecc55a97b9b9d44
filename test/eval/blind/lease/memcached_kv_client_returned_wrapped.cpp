// SOURCE: public GitHub file (memcached pool wrapper with GetKvClientImp/PutKvClient; search-index id 30538051447; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the leased client is returned to the caller wrapped in a value type; PutKvClient pushes it back; nothing is lost in the take function
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <cstdio>

struct MemCachedClient {
  MemCachedClient() = default;
  explicit MemCachedClient(memcached_st *C) : client_(C) {}
  memcached_st *client_ = nullptr;
};

class MemCachedPool {
public:
  MemCachedClient GetKvClientImp() {
    struct timespec tim = {0, 0};
    memcached_return_t res;
    auto cli = memcached_pool_fetch(pool_, &tim, &res);
    if (cli) {
      return MemCachedClient(cli);
    } else {
      std::fprintf(stderr, "No MemCacheClient left\n");
      return {};
    }
  }

  bool PutKvClient(const MemCachedClient &memclient) {
    ++clientcount_;
    memcached_return_t res = memcached_pool_push(pool_, memclient.client_);
    return res == MEMCACHED_SUCCESS;
  }

private:
  memcached_pool_st *pool_ = nullptr;
  int clientcount_ = 0;
};
