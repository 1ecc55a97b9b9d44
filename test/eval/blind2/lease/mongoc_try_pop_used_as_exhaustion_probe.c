// SOURCE: rendered from the mongo-c-driver test that asserts try_pop gives NULL on an exhausted pool (public GitHub file, search-index id 1262871858; the index does not name its repository), moved into production monitoring code
// LIBRARY: mongoc
// SHAPE: positive - a health probe calls try_pop only to see whether the pool is exhausted; whenever a client is free it is taken and dropped, so each probe loses one
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>

struct pool_stats {
  unsigned long probes;
  unsigned long exhausted;
};

/* Called by the metrics timer every few seconds. */
bool pool_is_exhausted(mongoc_client_pool_t *pool, struct pool_stats *stats) {
  stats->probes++;
  if (mongoc_client_pool_try_pop(pool) == NULL) { // EXPECT-WARN
    stats->exhausted++;
    MONGOC_WARNING("client pool exhausted (%lu of %lu probes)",
                   stats->exhausted, stats->probes);
    return true;
  }
  return false;
}
