// SOURCE: saterenko/libcore, src/cor_mongo.c, cor_mongo_set_query
// LIBRARY: mongoc
// SHAPE: positive - the worker-thread save pops a client and pushes it back when the collection cannot be opened or the save fails, but the successful path returns cor_ok without destroying the collection or pushing the client, so every successful write keeps one client and the pool drains under normal load (mongoc_collection_save, deprecated, replaced by replace_one with upsert)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

enum { cor_ok = 0, cor_error = -1 };

typedef struct cor_mongo_request_s {
  int status;
  const char *db;
  const char *collection;
  bson_t query;
} cor_mongo_request_t;

typedef struct {
  mongoc_client_pool_t *client_pool;
} cor_mongo_t;

#define cor_log_error(ctx, ...) fprintf(stderr, __VA_ARGS__)

int cor_mongo_set_query(cor_mongo_t *ctx, cor_mongo_request_t *r) {
  mongoc_client_t *client = mongoc_client_pool_pop(ctx->client_pool); // EXPECT-WARN
  if (!client) {
    cor_log_error(ctx->log, "can't mongoc_client_pool_push");
    return cor_error;
  }
  mongoc_collection_t *collection =
      mongoc_client_get_collection(client, r->db, r->collection);
  if (!collection) {
    cor_log_error(ctx->log, "can't mongoc_client_get_collection");
    mongoc_client_pool_push(ctx->client_pool, client);
    return cor_error;
  }
  bson_error_t error;
  bson_t *selector = BCON_NEW("_id", BCON_INT32(0));
  bson_t *opts = BCON_NEW("upsert", BCON_BOOL(true));
  bool rc = mongoc_collection_replace_one(collection, selector, &r->query, opts,
                                          NULL, &error);
  bson_destroy(opts);
  bson_destroy(selector);
  if (!rc) {
    cor_log_error(ctx->log, "can't mongoc_collection_insert, error: %s",
                  error.message);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(ctx->client_pool, client);
    return cor_error;
  }

  return cor_ok;
}
