// SOURCE: public GitHub file (hse kmt benchmark km_open_mongo: pop, ping, then a `goto retry`/cleanup structure around the single push; search-index id 3509487237; the index does not name its repository) - rendered with an error `goto` that jumps past the push to the final label
// LIBRARY: mongoc
// SHAPE: positive - the C cleanup-label idiom done wrong: the error goto targets `out:`, which is after the push, so the failed path keeps the client
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

int open_mongo(mongoc_client_pool_t *pool, const char *dbname) {
  int rc = 0;
  bson_error_t error;
  bson_t command = BSON_INITIALIZER;
  mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
  if (!client)
    return -1;
  BSON_APPEND_INT32(&command, "ping", 1);
  if (!mongoc_client_command_simple(client, dbname, &command, NULL, NULL,
                                    &error)) {
    fprintf(stderr, "ping failed: %s\n", error.message);
    rc = -1;
    goto out;
  }
  mongoc_client_pool_push(pool, client);
out:
  bson_destroy(&command);
  return rc;
}
