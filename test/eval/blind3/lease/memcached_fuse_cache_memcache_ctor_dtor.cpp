// SOURCE: public GitHub file of a MongoDB-backed FUSE file system (Fuse::cache, Fuse::release and the Memcache helper class; search-index id 10334356275; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - Fuse::cache pops a client from the process-wide pool and returns it; the Memcache helper takes it in its constructor's initialiser and pushes it back in its destructor, and the stat cache lookups build one Memcache per call on the stack
#include <libmemcachedutil-1.0/pool.h>
#include <cassert>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/stat.h>

class Fuse {
public:
  memcached_st *cache();
  void release(memcached_st *m);

private:
  memcached_pool_st *theMemcachePool;
};

memcached_st *Fuse::cache() {
  memcached_return rc;
  memcached_st *m = memcached_pool_pop(theMemcachePool, true, &rc);
  return m;
}

void Fuse::release(memcached_st *m) { memcached_pool_push(theMemcachePool, m); }

Fuse FUSE;

class Memcache {
public:
  Memcache();
  ~Memcache();
  bool get(const std::string &aPath, struct stat *aBuf);

private:
  memcached_st *m;
};

Memcache::Memcache() : m(FUSE.cache()) {}

Memcache::~Memcache() { FUSE.release(m); }

bool Memcache::get(const std::string &aPath, struct stat *aBuf) {
  uint32_t lFlags = 0;
  size_t lLength = 0;
  memcached_return_t rc;

  std::string lKey = "a:" + aPath;

  char *lResult =
      memcached_get(m, lKey.c_str(), lKey.size(), &lLength, &lFlags, &rc);

  if (lResult) {
    assert(lLength == sizeof(struct stat));
    std::memcpy(aBuf, lResult, sizeof(struct stat));
    std::free(lResult);
    return true;
  }
  return false;
}

int getattr_cached(const char *path, struct stat *stbuf) {
  Memcache lCache;
  if (lCache.get(path, stbuf))
    return 0;
  return -1;
}
