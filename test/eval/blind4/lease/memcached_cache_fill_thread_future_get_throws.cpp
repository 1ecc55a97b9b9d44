// SOURCE: public GitHub file of a gRPC cache service over libmemcachedutil (CacheServiceImpl::GetCallData::ProcessRequest; search-index id 32469609948; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: positive - on a cache miss a detached std::thread pops a client, then waits on the database future; when future.get() throws, the catch handler only logs and the thread ends without pushing the client back (create_mc inlined)
// FLAGS:
#include <libmemcached/memcached.h>
#include <libmemcached/util.h>

#include <cassert>
#include <future>
#include <iostream>
#include <string>
#include <thread>

class DBClient {
public:
  std::future<std::string> AsyncFill(const std::string &Key, int Ttl);
};

class CacheServiceImpl {
public:
  void FillLater(const std::string &key);

  DBClient db_client_;
  memcached_pool_st *pool = nullptr;
  int ttl_ = 0;
};

void CacheServiceImpl::FillLater(const std::string &key) {
  CacheServiceImpl *impl = this;
  int ttl = ttl_;
  std::thread([impl, key, ttl]() {
    std::future<std::string> fill_future = impl->db_client_.AsyncFill(key, ttl);
    try {
      memcached_return_t rc;
      memcached_st *memc_async = memcached_pool_pop(impl->pool, true, &rc); // EXPECT-WARN
      assert(rc == MEMCACHED_SUCCESS);
      std::string value = fill_future.get();
      memcached_set(memc_async, key.c_str(), key.size(), value.c_str(),
                    value.size(), static_cast<time_t>(ttl), 0);
      memcached_pool_push(impl->pool, memc_async);
    } catch (const std::exception &e) {
      std::cerr << "Exception occurred in AsyncFill thread: " << e.what()
                << std::endl;
    }
  }).detach();
}
