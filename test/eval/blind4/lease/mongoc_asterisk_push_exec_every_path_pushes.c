// SOURCE: Asterisk MongoDB push dialplan application, push_exec ("MongoDB Push Dialplan Application", requires res_mongodb; public GitHub file; search-index id 42724433615; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - a pool is made per call, a client popped, and every exit after the pop pushes it before destroying the pool: the NULL pop destroys only the pool, the NULL collection pushes and returns, a bad JSON document only sets res and falls through to the common push
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <stdio.h>

void *ast_mongo_apm_start(mongoc_client_pool_t *pool);
void ast_mongo_apm_stop(void *apm_context);

int push_document(const char *uri, const char *database, const char *collection,
                  const char *document, int apm_enabled) {
  int res = 0;
  mongoc_uri_t *mongo_uri;
  mongoc_client_pool_t *mongo_connection;
  mongoc_client_t *mongo_client;
  mongoc_collection_t *mongo_collection;
  void *apm_context = NULL;
  bson_error_t parse_error, insert_error;
  bson_t *doc;

  mongo_uri = mongoc_uri_new(uri);
  if (mongo_uri == NULL) {
    fprintf(stderr, "parsing uri error: %s\n", uri);
    return -1;
  }
  mongo_connection = mongoc_client_pool_new(mongo_uri);
  if (mongo_uri) {
    mongoc_uri_destroy(mongo_uri);
  }
  if (mongo_connection == NULL) {
    fprintf(stderr, "cannot make a connection pool for MongoDB\n");
    return -1;
  }
  if (apm_enabled) {
    apm_context = ast_mongo_apm_start(mongo_connection);
  }

  mongo_client = mongoc_client_pool_pop(mongo_connection);
  if (mongo_client == NULL) {
    fprintf(stderr, "unexpected error, no connection pool\n");
    if (apm_context) {
      ast_mongo_apm_stop(apm_context);
    }
    if (mongo_connection) {
      mongoc_client_pool_destroy(mongo_connection);
    }
    return -1;
  }
  mongo_collection = mongoc_client_get_collection(mongo_client, database, collection);
  if (mongo_collection == NULL) {
    fprintf(stderr, "cannot get such a collection, %s, %s\n", database, collection);
    mongoc_client_pool_push(mongo_connection, mongo_client);
    if (apm_context) {
      ast_mongo_apm_stop(apm_context);
    }
    if (mongo_connection) {
      mongoc_client_pool_destroy(mongo_connection);
    }
    return -1;
  }

  doc = bson_new_from_json((const uint8_t *)document, -1, &parse_error);
  if (!doc) {
    fprintf(stderr, "JSON to BSON conversion error: %s\n", parse_error.message);
    res = -1;
  } else {
    if (!mongoc_collection_insert_one(mongo_collection, doc, NULL, NULL, &insert_error)) {
      fprintf(stderr, "insertion failed: %s\n", insert_error.message);
      res = -1;
    }
    bson_destroy(doc);
  }

  if (mongo_collection) {
    mongoc_collection_destroy(mongo_collection);
  }
  mongoc_client_pool_push(mongo_connection, mongo_client);
  if (apm_context) {
    ast_mongo_apm_stop(apm_context);
  }
  if (mongo_connection) {
    mongoc_client_pool_destroy(mongo_connection);
  }
  return res;
}
