// SOURCE: public GitHub file db_operations.c of a C daemon with a global database_client_thread_pool (db_find_doc; search-index id 2011281; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - a NULL pop returns at once; the collection, cursor and cursor-error exits each destroy what they made and push the client before returning false, and the success path pushes at the end
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <stdio.h>

#define DEBUG_PRINT(...) fprintf(stderr, __VA_ARGS__)

extern mongoc_client_pool_t *database_client_thread_pool;

bool db_find_doc(const char *db_name, const char *collection_name,
                 const bson_t *query, bson_t *reply, bson_error_t *error) {
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  mongoc_cursor_t *cursor;
  const bson_t *doc = NULL;

  client = mongoc_client_pool_pop(database_client_thread_pool);
  if (!client) {
    DEBUG_PRINT("Failed to pop client from pool");
    return false;
  }
  collection = mongoc_client_get_collection(client, db_name, collection_name);
  if (!collection) {
    DEBUG_PRINT("Failed to get collection: %s", collection_name);
    mongoc_client_pool_push(database_client_thread_pool, client);
    return false;
  }

  bson_t *opts = BCON_NEW("projection", "{", "_id", BCON_BOOL(false), "}");
  cursor = mongoc_collection_find_with_opts(collection, query, opts, NULL);
  bson_destroy(opts);
  if (!cursor) {
    DEBUG_PRINT("Failed to initiate find operation");
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(database_client_thread_pool, client);
    return false;
  }
  int index = 0;
  char str_index[16];
  while (mongoc_cursor_next(cursor, &doc)) {
    snprintf(str_index, sizeof(str_index), "%d", index);
    bson_append_document(reply, str_index, -1, doc);
    index++;
  }
  if (mongoc_cursor_error(cursor, error)) {
    DEBUG_PRINT("Cursor error: %s", error->message);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(database_client_thread_pool, client);
    return false;
  }
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(database_client_thread_pool, client);
  return true;
}
