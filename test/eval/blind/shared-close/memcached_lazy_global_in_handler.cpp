// SOURCE: https://github.com/3rd-Eden/memcached/issues/188 (the fix for a client created and ended per request is one client kept for the process) - rendered as a cpp-httplib handler that creates the global client on first use and never releases it
// LIBRARY: memcached
// SHAPE: negative - a lazily created global client in a handler; nothing is released per request
#include <httplib.h>
#include <libmemcached/memcached.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

static memcached_st *g_memc = nullptr;
static std::once_flag g_memc_once;

static memcached_st *sharedMemc() {
  std::call_once(g_memc_once, [] {
    const char *Config = "--SERVER=127.0.0.1";
    g_memc = memcached(Config, std::strlen(Config));
  });
  return g_memc;
}

static void handleGet(const httplib::Request &Req, httplib::Response &Res) {
  std::string Key = Req.get_param_value("key");
  size_t Len = 0;
  uint32_t Flags = 0;
  memcached_return_t Rc;
  char *Value = memcached_get(sharedMemc(), Key.data(), Key.size(), &Len, &Flags, &Rc);
  Res.set_content(Value ? std::string(Value, Len) : std::string(), "text/plain");
  std::free(Value);
}

void installCache(httplib::Server &Server) { Server.Get("/get", handleGet); }
