// SOURCE: https://github.com/bitcoin/bitcoin src/mongodb/examples/example-pool.c (main joins the workers, then mongoc_client_pool_destroy, mongoc_uri_destroy, mongoc_cleanup)
// LIBRARY: mongoc
// SHAPE: negative - main releases the global pool and tears the driver down after joining its threads
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <pthread.h>

mongoc_client_pool_t *g_pool;
mongoc_uri_t *g_uri;

void *worker(void *arg);

int main(void) {
  pthread_t threads[4];
  mongoc_init();
  g_uri = mongoc_uri_new("mongodb://127.0.0.1/?appname=pool-example");
  g_pool = mongoc_client_pool_new(g_uri);
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], NULL, worker, g_pool);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], NULL);
  mongoc_client_pool_destroy(g_pool);
  mongoc_uri_destroy(g_uri);
  mongoc_cleanup();
  return 0;
}
