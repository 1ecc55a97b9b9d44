// SOURCE: public GitHub file mem_cache.cpp (MemCache::get, "Copyright (C) 2016 Julian Qian"; search-index id 23132188058; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - a NULL fetch throws, a failed fetch status throws (the pool gave nothing), and the client is released right after memcached_get, before the result decides between returning and the two throws
// FLAGS:
#include <libmemcached/memcached.h>
#include <libmemcached/util.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

class MemCache {
public:
  std::string get(const std::string &key);

private:
  memcached_pool_st *pool_;
};

std::string MemCache::get(const std::string &key) {
  memcached_return_t rc;
  memcached_st *mst = memcached_pool_fetch(pool_, NULL, &rc);
  if (!mst) {
    throw std::invalid_argument("memcached pool is null");
  }
  if (!memcached_success(rc)) {
    throw std::runtime_error("failed to fetch from memcached pool when get");
  }

  char *value;
  size_t valen;
  uint32_t flags;
  value = memcached_get(mst, key.data(), key.size(), &valen, &flags, &rc);
  memcached_pool_release(pool_, mst);

  if (memcached_success(rc)) {
    std::string retval{value, valen};
    free(value);
    return retval;
  } else if (rc == MEMCACHED_NOTFOUND) {
    std::string msg{"Not found in memcached, key: "};
    msg.append(key);
    throw std::invalid_argument(msg);
  } else {
    std::string msg{"Failed to get memcached, key: "};
    msg.append(key);
    msg.append(", rc: ");
    msg.append(std::to_string(static_cast<int>(rc)));
    throw std::runtime_error(msg);
  }
}
