// SOURCE: https://github.com/zillow/ctds/pull/55 ("Fix ConnectionPool.connection to properly release connection on error"; rendered with libmongoc)
// LIBRARY: mongoc
// SHAPE: positive - rendered: a with_client() helper pops a client, runs the caller's callback through a function pointer and returns early when the callback reports failure, so the push at the end is skipped on the error path
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>

typedef bool (*client_fn)(mongoc_client_t *client, void *ctx,
                          bson_error_t *error);

bool with_client(mongoc_client_pool_t *pool, client_fn fn, void *ctx) {
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
  if (!fn(client, ctx, &error)) {
    MONGOC_WARNING("pooled operation failed: %s", error.message);
    return false;
  }
  mongoc_client_pool_push(pool, client);
  return true;
}
