// SOURCE: public GitHub file mem_cache.cpp by Julian Qian (MemCache::get and MemCache::set; search-index id 23132188058; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - each call fetches a connection, throws when the fetch gave NULL or a failed status (nothing was taken), releases the connection right after the single memcached call, and only then turns a failed reply into an exception; no throw leaves with a connection out (glog replaced by std::cerr)
#include <libmemcachedutil-1.0/pool.h>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <stdexcept>
#include <string>

class MemCache {
public:
  MemCache(const std::string &conf, time_t secs);
  ~MemCache();
  std::string get(const std::string &key);
  void set(const std::string &key, const std::string &value);

private:
  memcached_pool_st *pool_;
  time_t expired_secs_;
};

MemCache::MemCache(const std::string &conf, time_t secs)
    : pool_(nullptr), expired_secs_(secs) {
  pool_ = memcached_pool(conf.c_str(), conf.size());
  if (!pool_) {
    std::cerr << "Failed to create memcached pool, conf: " << conf << "\n";
  }
}

MemCache::~MemCache() { memcached_pool_destroy(pool_); }

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

void MemCache::set(const std::string &key, const std::string &value) {
  memcached_return_t rc;
  memcached_st *mst = memcached_pool_fetch(pool_, NULL, &rc);
  if (!mst) {
    throw std::invalid_argument("memcached pool is null");
  }
  if (!memcached_success(rc)) {
    throw std::runtime_error("failed to fetch from memcached pool when set");
  }

  uint32_t flags{0};
  time_t now = time(NULL);
  rc = memcached_set(mst, key.data(), key.size(), value.data(), value.size(),
                     now + expired_secs_, flags);
  memcached_pool_release(pool_, mst);

  if (!memcached_success(rc)) {
    std::string msg{"Failed to set memcached, key: "};
    msg.append(key);
    msg.append(", rc: ");
    msg.append(std::to_string(static_cast<int>(rc)));
    throw std::runtime_error(msg);
  }
}
