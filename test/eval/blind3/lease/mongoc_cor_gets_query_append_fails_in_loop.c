// SOURCE: saterenko/libcore, src/cor_mongo.c, cor_mongo_gets_query (dispatched by the worker thread cor_mongo_loop through a switch on the request command)
// LIBRARY: mongoc
// SHAPE: positive - a worker-thread query pops a client and pushes it back on each early error return, but when appending a document to the request fails inside the cursor loop it returns straight out of the loop, keeping the client (and the cursor and collection); the worker loop and its switch are kept, the request queue reduced
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <pthread.h>
#include <stdio.h>

enum { cor_ok = 0, cor_error = -1 };
enum { COR_MONGO_CMD_GETS, COR_MONGO_CMD_SET };

typedef struct cor_mongo_request_s {
  int status;
  int cmd;
  const char *db;
  const char *collection;
  bson_t query;
  bson_t fields;
  unsigned fields_limited : 1;
} cor_mongo_request_t;

typedef struct {
  mongoc_client_pool_t *client_pool;
  pthread_mutex_t thread_mutex;
  pthread_cond_t thread_cond;
  int is_exit;
} cor_mongo_t;

#define cor_log_error(ctx, ...) fprintf(stderr, __VA_ARGS__)

int cor_mongo_doc_append(cor_mongo_t *ctx, cor_mongo_request_t *r,
                         const bson_t *doc);
cor_mongo_request_t *cor_mongo_request_queue_pop(cor_mongo_t *ctx);
void cor_mongo_response_queue_push(cor_mongo_t *ctx, cor_mongo_request_t *r);
int cor_mongo_set_query(cor_mongo_t *ctx, cor_mongo_request_t *r);

static int cor_mongo_gets_query(cor_mongo_t *ctx, cor_mongo_request_t *r) {
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
  mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(
      collection, &r->query, r->fields_limited ? &r->fields : NULL, NULL);
  if (!cursor) {
    cor_log_error(ctx->log, "can't mongoc_collection_find");
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(ctx->client_pool, client);
    return cor_error;
  }
  const bson_t *doc;
  while (mongoc_cursor_next(cursor, &doc)) {
    if (cor_mongo_doc_append(ctx, r, doc) != cor_ok) {
      cor_log_error(ctx->log, "can't cor_mongo_doc_append");
      return cor_error;
    }
  }
  bson_error_t error;
  if (mongoc_cursor_error(cursor, &error)) {
    cor_log_error(ctx->log, "can't mongoc_collection_find, error: %s",
                  error.message);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(ctx->client_pool, client);
    return cor_error;
  }
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(ctx->client_pool, client);

  return cor_ok;
}

void *cor_mongo_loop(void *arg) {
  cor_mongo_t *ctx = (cor_mongo_t *)arg;
  pthread_mutex_lock(&ctx->thread_mutex);
  while (!ctx->is_exit) {
    pthread_cond_wait(&ctx->thread_cond, &ctx->thread_mutex);
    while (1) {
      cor_mongo_request_t *r = cor_mongo_request_queue_pop(ctx);
      if (!r) {
        break;
      }
      switch (r->cmd) {
      case COR_MONGO_CMD_GETS:
        r->status = cor_mongo_gets_query(ctx, r);
        break;
      case COR_MONGO_CMD_SET:
        r->status = cor_mongo_set_query(ctx, r);
        break;
      }
      cor_mongo_response_queue_push(ctx, r);
    }
  }
  pthread_mutex_unlock(&ctx->thread_mutex);
  return NULL;
}
