// SOURCE: https://github.com/mapnik/mapnik/pull/1707 ("Return connection to pool on connection error": connections were never released on a bind error; rendered with libmemcachedutil)
// LIBRARY: memcached
// SHAPE: positive - rendered: a tile cache lookup fetches a memcached_st, builds the key from the layer's bind parameters and throws std::runtime_error when a parameter cannot be bound; the throw sits between the fetch and the release
#include <libmemcachedutil-1.0/pool.h>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>

std::string cachedTile(memcached_pool_st *Pool, const std::string &Layer,
                       const std::map<std::string, std::string> &Params) {
  memcached_return_t Rc;
  memcached_st *Mc = memcached_pool_fetch(Pool, nullptr, &Rc); // EXPECT-WARN
  if (Mc == nullptr)
    throw std::runtime_error("memcached pool exhausted");

  auto Bbox = Params.find("bbox");
  if (Bbox == Params.end() || Bbox->second.empty())
    throw std::runtime_error("cannot bind !bbox! for layer " + Layer);

  std::string Key = Layer + ":" + Bbox->second;
  size_t Len = 0;
  uint32_t Flags = 0;
  char *Value = memcached_get(Mc, Key.data(), Key.size(), &Len, &Flags, &Rc);
  memcached_pool_release(Pool, Mc);
  if (Value == nullptr)
    return std::string();
  std::string Tile(Value, Len);
  std::free(Value);
  return Tile;
}
