// SOURCE: public GitHub file (a MongoDB-backed FUSE file system: Fuse::cache() returns memcached_pool_pop(theMemcachePool, true, &rc), Memcache::Memcache() : m(FUSE.cache()) and ~Memcache() { FUSE.release(m); }; search-index id 10334356275; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the pop sits in a getter that returns it; a per-request Memcache object takes it in its member initialiser and gives it back through Fuse::release in its destructor; the lookup returns early on a miss
#include <libmemcachedutil-1.0/pool.h>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/stat.h>

class Fuse {
public:
  memcached_st *cache();
  void release(memcached_st *M);

private:
  memcached_pool_st *theMemcachePool = nullptr;
};

memcached_st *Fuse::cache() {
  memcached_return rc;
  memcached_st *m = memcached_pool_pop(theMemcachePool, true, &rc);
  return m;
}

void Fuse::release(memcached_st *M) { memcached_pool_push(theMemcachePool, M); }

Fuse FUSE;

class Memcache {
public:
  Memcache() : m(FUSE.cache()) {}
  ~Memcache() { FUSE.release(m); }
  bool get(const std::string &Path, struct stat *Buf);

private:
  memcached_st *m;
};

bool Memcache::get(const std::string &Path, struct stat *Buf) {
  uint32_t Flags = 0;
  size_t Length = 0;
  memcached_return_t rc;
  std::string Key = "a:" + Path;
  char *Result = memcached_get(m, Key.c_str(), Key.size(), &Length, &Flags, &rc);
  if (!Result)
    return false;
  std::memcpy(Buf, Result, sizeof(struct stat));
  std::free(Result);
  return true;
}

int fuseGetattr(const char *Path, struct stat *Buf) {
  Memcache Cache;
  if (Cache.get(Path, Buf))
    return 0;
  return -2;
}
