// SOURCE: public GitHub file (cor_mongo.c, cor_mongo_new() of a libev service library; search-index id 39734363698; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the constructor of the service's one mongo context calls mongoc_init() itself and undoes it with mongoc_cleanup() on its own failure paths (bad URI, pool creation failed) before returning NULL at startup; nothing else uses the driver yet (libev watchers, worker threads and the response queue cut)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  mongoc_client_pool_t *client_pool;
  pthread_mutex_t thread_mutex;
  pthread_cond_t thread_cond;
  int docs_count_max;
} cor_mongo_t;

static void cor_mongo_delete(cor_mongo_t *ctx) {
  if (ctx->client_pool)
    mongoc_client_pool_destroy(ctx->client_pool);
  free(ctx);
}

cor_mongo_t *cor_mongo_new(const char *uri) {
  cor_mongo_t *ctx = calloc(1, sizeof(cor_mongo_t));
  if (!ctx)
    return NULL;
  ctx->docs_count_max = 1000;
  if (pthread_mutex_init(&ctx->thread_mutex, NULL) != 0) {
    fprintf(stderr, "can't pthread_mutex_init\n");
    cor_mongo_delete(ctx);
    return NULL;
  }
  if (pthread_cond_init(&ctx->thread_cond, NULL) != 0) {
    fprintf(stderr, "can't pthread_cond_init\n");
    cor_mongo_delete(ctx);
    return NULL;
  }
  /**/
  mongoc_init();
  mongoc_uri_t *mongo_uri = mongoc_uri_new(uri);
  if (!mongo_uri) {
    fprintf(stderr, "can't mongoc_uri_new\n");
    mongoc_cleanup();
    cor_mongo_delete(ctx);
    return NULL;
  }
  ctx->client_pool = mongoc_client_pool_new(mongo_uri);
  if (!ctx->client_pool) {
    fprintf(stderr, "can't mongoc_client_pool_new\n");
    mongoc_uri_destroy(mongo_uri);
    mongoc_cleanup();
    cor_mongo_delete(ctx);
    return NULL;
  }
  mongoc_uri_destroy(mongo_uri);
  return ctx;
}
