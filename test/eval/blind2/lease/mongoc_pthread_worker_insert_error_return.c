// SOURCE: rendered from the mongo-c-driver tutorial's pthread worker (public GitHub file, search-index id 242208452; the index does not name its repository), "do something" filled in with an insert and its error return
// LIBRARY: mongoc
// SHAPE: positive - a pthread worker pops a client, and returns NULL when the insert fails without pushing it back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <pthread.h>
#include <stdio.h>

static void *worker(void *data) {
  mongoc_client_pool_t *pool = data;
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  bson_error_t error;
  bson_t *doc;

  client = mongoc_client_pool_pop(pool); // EXPECT-WARN

  collection = mongoc_client_get_collection(client, "test", "workers");
  doc = BCON_NEW("thread", BCON_INT64((int64_t)pthread_self()));
  if (!mongoc_collection_insert_one(collection, doc, NULL, NULL, &error)) {
    fprintf(stderr, "insert failed: %s\n", error.message);
    bson_destroy(doc);
    mongoc_collection_destroy(collection);
    return NULL;
  }
  bson_destroy(doc);
  mongoc_collection_destroy(collection);

  mongoc_client_pool_push(pool, client);
  return NULL;
}

void start_workers(mongoc_client_pool_t *pool, pthread_t *threads, int n) {
  for (int i = 0; i < n; i++)
    pthread_create(&threads[i], NULL, worker, pool);
}
