// SOURCE: https://github.com/mongodb/mongo/pull/1402 (SERVER-55581 "return connection back to the pool in getUnshardedCollInfo": an early return when the collection has no info kept the pooled connection; rendered with libmongoc's pool)
// LIBRARY: mongoc
// SHAPE: positive - the "no such collection" early return skips the push; the other exits give the client back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>

bool get_unsharded_coll_info(mongoc_client_pool_t *pool, const char *db,
                             const char *coll, bson_t *out) {
  mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
  mongoc_database_t *database = mongoc_client_get_database(client, db);
  bson_t *filter = BCON_NEW("name", BCON_UTF8(coll));
  bson_t opts = BSON_INITIALIZER;
  BSON_APPEND_DOCUMENT(&opts, "filter", filter);
  mongoc_cursor_t *cursor =
      mongoc_database_find_collections_with_opts(database, &opts);
  const bson_t *doc;
  bool found = mongoc_cursor_next(cursor, &doc);
  if (!found) {
    mongoc_cursor_destroy(cursor);
    bson_destroy(&opts);
    bson_destroy(filter);
    mongoc_database_destroy(database);
    return false;
  }
  bson_copy_to(doc, out);
  mongoc_cursor_destroy(cursor);
  bson_destroy(&opts);
  bson_destroy(filter);
  mongoc_database_destroy(database);
  mongoc_client_pool_push(pool, client);
  return true;
}
