// SOURCE: https://github.com/mongodb/mongo-python-driver/pull/645 (PYTHON-2761 "Don't return a pinned connection to the pool multiple times"; rendered with libmongoc: a cursor-pinned client is pushed when the cursor is closed and again by the caller)
// LIBRARY: mongoc
// SHAPE: positive - close_pinned() pushes the client (visible helper); the caller pushes it a second time on the only path
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>

static void close_pinned(mongoc_client_pool_t *pool, mongoc_client_t *client,
                         mongoc_cursor_t *cursor) {
  mongoc_cursor_destroy(cursor);
  mongoc_client_pool_push(pool, client);
}

long count_events(mongoc_client_pool_t *pool) {
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client, "app", "events");
  bson_t filter = BSON_INITIALIZER;
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(coll, &filter, NULL, NULL);
  const bson_t *doc;
  long n = 0;
  while (mongoc_cursor_next(cursor, &doc))
    ++n;
  mongoc_collection_destroy(coll);
  close_pinned(pool, client, cursor);
  mongoc_client_pool_push(pool, client); // EXPECT-WARN
  return n;
}
