// SOURCE: https://github.com/DistributedProofreaders/dproofreaders/pull/998 (memoize_function(): "$memcache = new Memcached(); $memcache->addServer('localhost', 11211);" on every call) - rendered with libmemcached's C++ memcache::Memcache
// LIBRARY: memcached
// SHAPE: positive - memoize helper constructs a memcache::Memcache per call; report loop calls it per graph
#include <libmemcached/memcached.hpp>
#include <string>
#include <vector>

std::vector<char> memoize_function(const std::string &key, const std::vector<char> &computed) {
  memcache::Memcache memcache("localhost", 11211); // EXPECT-WARN
  std::vector<char> ret;
  if (memcache.get(key, ret))
    return ret;
  memcache.set(key, computed, 3600, 0);
  return computed;
}

void render_graphs(const std::vector<std::string> &graphs) {
  for (const auto &g : graphs)
    memoize_function("graph:" + g, std::vector<char>(g.begin(), g.end()));
}
