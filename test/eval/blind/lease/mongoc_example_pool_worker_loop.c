// SOURCE: https://github.com/bitcoin/bitcoin src/mongodb/examples/example-pool.c (vendored libmongoc example: each worker pops, pings, pushes, then decides under a mutex whether to stop)
// LIBRARY: mongoc
// SHAPE: negative - pop and push in every iteration of a worker loop; the break comes after the push
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mutex;
static bool in_shutdown = false;

static void *worker(void *data) {
  mongoc_client_pool_t *pool = data;
  mongoc_client_t *client;
  bson_t ping = BSON_INITIALIZER;
  bson_error_t error;
  bool r;

  BSON_APPEND_INT32(&ping, "ping", 1);
  while (true) {
    client = mongoc_client_pool_pop(pool);
    r = mongoc_client_command_simple(client, "admin", &ping, NULL, NULL,
                                     &error);
    if (!r) {
      fprintf(stderr, "%s\n", error.message);
    }
    mongoc_client_pool_push(pool, client);

    pthread_mutex_lock(&mutex);
    if (in_shutdown || !r) {
      pthread_mutex_unlock(&mutex);
      break;
    }
    pthread_mutex_unlock(&mutex);
  }
  bson_destroy(&ping);
  return NULL;
}

void start_workers(mongoc_client_pool_t *pool, pthread_t *threads, int n) {
  for (int i = 0; i < n; i++)
    pthread_create(&threads[i], NULL, worker, pool);
}
