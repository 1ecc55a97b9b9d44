// SOURCE: public GitHub file (MongoDB storage engine on memcached, RecordCursor::seekExact; search-index id 13962586363; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the NOTFOUND early return pushes the client first, the normal path pushes before building the result
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>

#include <cassert>
#include <cstdlib>
#include <optional>
#include <string>

struct Record {
  long long id;
  std::string data;
};

class MemcachedRecordCursor {
public:
  explicit MemcachedRecordCursor(memcached_pool_st *pool) : _memcached_pool(pool) {}

  std::optional<Record> seekExact(long long id) {
    memcached_return_t rc;
    auto memc = memcached_pool_pop(_memcached_pool, true, &rc);
    assert(rc == 0);

    std::string key = std::to_string(id);
    size_t val_len;
    char *value = memcached_get(memc, key.c_str(), key.length(), &val_len,
                                nullptr, &rc);
    if (rc == MEMCACHED_NOTFOUND) {
      memcached_pool_push(_memcached_pool, memc);
      return {};
    }
    memcached_pool_push(_memcached_pool, memc);
    Record result{id, std::string(value, val_len)};
    free(value);
    return result;
  }

private:
  memcached_pool_st *_memcached_pool;
};
