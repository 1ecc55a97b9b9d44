// SOURCE: mongo-c-driver tests, test-mongoc-gssapi.c, gssapi_kerberos_worker (public GitHub file; search-index id 8448589699; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - each iteration of the worker pops a client, queries, and pushes it; a cursor failure calls abort() while the client is held, which ends the process
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NLOOPS 10

struct closure_t {
  mongoc_client_pool_t *pool;
  int finished;
  pthread_mutex_t mutex;
};

static void *gssapi_kerberos_worker(void *data) {
  struct closure_t *closure = (struct closure_t *)data;
  mongoc_client_pool_t *pool = closure->pool;
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  mongoc_cursor_t *cursor;
  bson_error_t error;
  const bson_t *doc;
  bson_t query = BSON_INITIALIZER;
  int i;

  for (i = 0; i < NLOOPS; i++) {
    client = mongoc_client_pool_pop(pool);
    collection = mongoc_client_get_collection(client, "kerberos", "test");
    cursor = mongoc_collection_find_with_opts(collection, &query, NULL, NULL);

    if (!mongoc_cursor_next(cursor, &doc) &&
        mongoc_cursor_error(cursor, &error)) {
      fprintf(stderr, "Cursor Failure: %s\n", error.message);
      abort();
    }

    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(pool, client);
  }

  bson_destroy(&query);

  pthread_mutex_lock(&closure->mutex);
  closure->finished++;
  pthread_mutex_unlock(&closure->mutex);
  return NULL;
}

void start_kerberos_workers(struct closure_t *closure, pthread_t *threads, int n) {
  for (int i = 0; i < n; i++)
    pthread_create(&threads[i], NULL, gssapi_kerberos_worker, closure);
}
