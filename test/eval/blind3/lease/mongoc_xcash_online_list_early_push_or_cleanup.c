// SOURCE: public GitHub file of the X-Cash DPOPS node, db_sync.c, create_delegate_online_list (search-index id 51560633; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the first error branches each push the client back before returning, the later ones jump to a cleanup label that pushes it when it is non-NULL; every path gives the client back once (the message assembly is shortened)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define DATABASE_NAME "XCASH_PROOF_OF_STAKE"
#define DB_COLLECTION_DELEGATES "delegates"
#define ERROR_PRINT(...) fprintf(stderr, __VA_ARGS__)

extern mongoc_client_pool_t *database_client_thread_pool;

bool create_delegate_online_list(char *out_data, size_t out_data_size) {
  char addr_list[4096];
  mongoc_client_t *db_client = NULL;
  mongoc_collection_t *collection = NULL;
  mongoc_cursor_t *cursor = NULL;
  bson_t *query = NULL;
  bson_t *opts = NULL;
  const bson_t *doc = NULL;
  bson_error_t cursor_err;
  bool first = true;
  bool success = false;

  // 1) Pop a client from the pool
  db_client = mongoc_client_pool_pop(database_client_thread_pool);
  if (!db_client) {
    ERROR_PRINT("%s: Failed to pop Mongo client from pool", __func__);
    return false;
  }

  // 2) Get the delegates collection
  collection = mongoc_client_get_collection(db_client, DATABASE_NAME,
                                            DB_COLLECTION_DELEGATES);
  if (!collection) {
    ERROR_PRINT("%s: mongoc_client_get_collection returned NULL", __func__);
    mongoc_client_pool_push(database_client_thread_pool, db_client);
    return false;
  }

  // 3) Build a filter: { "online_status": "true" }
  query = BCON_NEW("online_status", BCON_UTF8("true"));
  if (!query) {
    ERROR_PRINT("%s: BCON_NEW failed for filter", __func__);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(database_client_thread_pool, db_client);
    return false;
  }

  // 4) Sort by _id ascending for deterministic order
  opts = BCON_NEW("sort", "{", "_id", BCON_INT32(1), "}");
  if (!opts) {
    ERROR_PRINT("%s: BCON_NEW failed for sort options", __func__);
    bson_destroy(query);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(database_client_thread_pool, db_client);
    return false;
  }

  // 5) Create the cursor
  cursor = mongoc_collection_find_with_opts(collection, query, opts, NULL);
  if (!cursor) {
    ERROR_PRINT("%s: mongoc_collection_find_with_opts returned NULL",
                __func__);
    bson_destroy(opts);
    bson_destroy(query);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(database_client_thread_pool, db_client);
    return false;
  }

  addr_list[0] = '\0';
  while (mongoc_cursor_next(cursor, &doc)) {
    bson_iter_t iter;
    if (bson_iter_init_find(&iter, doc, "public_address") &&
        BSON_ITER_HOLDS_UTF8(&iter)) {
      if (!first)
        strncat(addr_list, "|", sizeof(addr_list) - strlen(addr_list) - 1);
      first = false;
      strncat(addr_list, bson_iter_utf8(&iter, NULL),
              sizeof(addr_list) - strlen(addr_list) - 1);
    }
  }

  // 8) Check for cursor errors
  if (mongoc_cursor_error(cursor, &cursor_err)) {
    ERROR_PRINT("%s: Cursor error: %s", __func__, cursor_err.message);
    goto cleanup;
  }

  // 9) Build final JSON into 'out_data'
  if (snprintf(out_data, out_data_size,
               "{\"block_verifiers_public_address_list\": \"%s\"}",
               addr_list) >= (int)out_data_size) {
    ERROR_PRINT("%s: Output buffer too small (%zu bytes)", __func__,
                out_data_size);
    goto cleanup;
  }

  success = true;

cleanup:
  if (cursor)
    mongoc_cursor_destroy(cursor);
  if (opts)
    bson_destroy(opts);
  if (query)
    bson_destroy(query);
  if (collection)
    mongoc_collection_destroy(collection);
  if (db_client)
    mongoc_client_pool_push(database_client_thread_pool, db_client);

  return success;
}
