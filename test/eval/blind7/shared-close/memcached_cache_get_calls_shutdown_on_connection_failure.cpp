// SOURCE: public GitHub file (global memcached_st *g_memcached; cache_init() calls cache_shutdown() on failure; cache_shutdown() frees and resets; cache_get(); search-index id 55044507491; the index does not name its repository)
// LIBRARY: libmemcached
// SHAPE: positive (hard) - rendered: cache_get, run from a cpp-httplib handler, calls cache_shutdown() when the server is unreachable; the helper frees the process's one memcached_st and resets the global, but other request threads are in the middle of using it. The helper's name matches ShutdownFunctions, so the docs' name exemption predicts a miss (documented limitation)
#include <libmemcached/memcached.h>
#include <httplib.h>
#include <cstdlib>
#include <string>

static memcached_st *g_memcached = nullptr;

void cache_shutdown() {
  if (g_memcached != nullptr) {
    memcached_free(g_memcached); // EXPECT-WARN
    g_memcached = nullptr;
  }
}

static bool cache_get(const std::string &key, std::string &value) {
  if (g_memcached == nullptr)
    return false;
  size_t len = 0;
  uint32_t flags = 0;
  memcached_return_t rc;
  char *v = memcached_get(g_memcached, key.data(), key.size(), &len, &flags, &rc);
  if (rc == MEMCACHED_CONNECTION_FAILURE || rc == MEMCACHED_SERVER_MARKED_DEAD) {
    cache_shutdown();
    return false;
  }
  if (v == nullptr)
    return false;
  value.assign(v, len);
  free(v);
  return true;
}

static void handleItem(const httplib::Request &req, httplib::Response &res) {
  std::string value;
  if (cache_get(req.path, value))
    res.set_content(value, "text/plain");
  else
    res.status = 404;
}

void installCache(httplib::Server &server) { server.Get("/item", handleItem); }
