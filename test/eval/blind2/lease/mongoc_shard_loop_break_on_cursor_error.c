// SOURCE: rendered from the mongo-c-driver tutorial's pooled worker (public GitHub file, search-index id 242208452; the index does not name its repository), turned into a per-shard loop
// LIBRARY: mongoc
// SHAPE: positive - a client popped at the top of each iteration; a cursor error 'break's out of the loop before the push at the bottom
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

/* Counts the documents of every shard's "events" collection. */
long count_all_shards(mongoc_client_pool_t *pool, const char **shards,
                      size_t n_shards) {
  long total = 0;
  for (size_t i = 0; i < n_shards; i++) {
    mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
    mongoc_collection_t *coll =
        mongoc_client_get_collection(client, shards[i], "events");
    bson_t filter = BSON_INITIALIZER;
    mongoc_cursor_t *cursor =
        mongoc_collection_find_with_opts(coll, &filter, NULL, NULL);
    const bson_t *doc;
    bson_error_t error;
    while (mongoc_cursor_next(cursor, &doc))
      total++;
    if (mongoc_cursor_error(cursor, &error)) {
      fprintf(stderr, "shard %s: %s\n", shards[i], error.message);
      mongoc_cursor_destroy(cursor);
      mongoc_collection_destroy(coll);
      break;
    }
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(coll);
    mongoc_client_pool_push(pool, client);
  }
  return total;
}
