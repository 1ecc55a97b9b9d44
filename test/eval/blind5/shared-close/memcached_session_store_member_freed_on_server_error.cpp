// SOURCE: rendered from public C++ memcached wrappers that free their memcached_st member when memcached_server_push/memcached_set reports a server error (e.g. MEMCACHED_SERVER_MARKED_DEAD) and return false; the object stays in a global registry and its get()/set() run again
// LIBRARY: memcached
// SHAPE: positive - a long-lived session store frees its handle on a recoverable error in put() and leaves the member pointing at it; the next put() or get() uses the freed handle, and the destructor frees it again
#include <libmemcached/memcached.h>
#include <string>

class SessionStore {
public:
  SessionStore() : Memc(memcached_create(nullptr)) {
    memcached_server_add(Memc, "cache.internal", 11211);
  }
  ~SessionStore() { memcached_free(Memc); }

  bool put(const std::string &Sid, const std::string &Blob) {
    memcached_return_t Rc = memcached_set(Memc, Sid.data(), Sid.size(),
                                          Blob.data(), Blob.size(), 1800, 0);
    if (Rc == MEMCACHED_SERVER_MARKED_DEAD || Rc == MEMCACHED_CONNECTION_FAILURE) {
      memcached_free(Memc); // EXPECT-WARN
      return false;
    }
    return Rc == MEMCACHED_SUCCESS;
  }

private:
  memcached_st *Memc;
};
