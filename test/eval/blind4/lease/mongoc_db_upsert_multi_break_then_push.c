// SOURCE: public GitHub file db_operations.c of a C daemon with a global database_client_thread_pool (db_upsert_multi_docs; search-index id 2011281; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - a document without _id or a failed replace breaks out of the upsert loop, and the single push after the loop gives the client back on every path
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <stdio.h>
#include <stdlib.h>

#define DEBUG_PRINT(...) fprintf(stderr, __VA_ARGS__)

extern mongoc_client_pool_t *database_client_thread_pool;

bool db_upsert_multi_docs(const char *db_name, const char *collection_name,
                          const bson_t *docs, bson_error_t *error) {
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  bson_iter_t iter;
  bool result = true;

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

  bson_t *opts = BCON_NEW("upsert", BCON_BOOL(true));
  if (bson_iter_init(&iter, docs)) {
    bson_iter_t child;
    while (bson_iter_next(&iter)) {
      bson_t query = BSON_INITIALIZER;
      const uint8_t *data;
      uint32_t len;
      bson_t sub_doc;

      bson_iter_document(&iter, &len, &data);
      bson_init_static(&sub_doc, data, len);
      if (bson_iter_init_find(&child, &sub_doc, "_id")) {
        bson_append_value(&query, "_id", -1, bson_iter_value(&child));
      } else {
        char *str = bson_as_relaxed_extended_json(&sub_doc, NULL);
        DEBUG_PRINT("Failed to find '_id' in upsert document: %s", str);
        bson_free(str);
        result = false;
        bson_destroy(&query);
        break;
      }
      if (!mongoc_collection_replace_one(collection, &query, &sub_doc, opts, NULL, error)) {
        DEBUG_PRINT("Failed to upsert document: %s", error->message);
        result = false;
        bson_destroy(&query);
        break;
      }
      bson_destroy(&query);
    }
  }

  bson_destroy(opts);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(database_client_thread_pool, client);
  return result;
}
