// SOURCE: public GitHub file (cor_mongo.c, cor_mongo_new; search-index id 39734363698; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the module constructor initialises the driver itself and, when the URI or the pool cannot be made, cleans it up again before returning NULL; it runs once at startup (the pool part is reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <stdio.h>
#include <stdlib.h>

typedef struct {
  mongoc_client_pool_t *client_pool;
} cor_mongo_t;

static void cor_mongo_delete(cor_mongo_t *ctx) { free(ctx); }

cor_mongo_t *cor_mongo_new(const char *uri) {
  cor_mongo_t *ctx = calloc(1, sizeof(*ctx));
  if (!ctx)
    return NULL;
  mongoc_init();
  mongoc_uri_t *mongo_uri = mongoc_uri_new(uri);
  if (!mongo_uri) {
    fprintf(stderr, "can't mongoc_uri_new\n");
    mongoc_cleanup();
    cor_mongo_delete(ctx);
    return NULL;
  }
  ctx->client_pool = mongoc_client_pool_new(mongo_uri);
  mongoc_uri_destroy(mongo_uri);
  if (!ctx->client_pool) {
    fprintf(stderr, "can't mongoc_client_pool_new\n");
    mongoc_cleanup();
    cor_mongo_delete(ctx);
    return NULL;
  }
  return ctx;
}
