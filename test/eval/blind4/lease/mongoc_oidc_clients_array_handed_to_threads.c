// SOURCE: mongo-c-driver OIDC test program, connect_with_oidc_pooled (public GitHub file; search-index id 1342465736; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - one client per thread is popped into a local array and handed to the thread that pings with it; after each join the main path pushes that client back; the early `goto done` exits come before any pop
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <pthread.h>
#include <stdio.h>

#define NUM_THREADS 5

static void *_run_ping(void *client_void) {
  mongoc_client_t *client = client_void;
  bson_error_t error;
  bson_t *cmd = BCON_NEW("ping", BCON_INT32(1));
  if (!mongoc_client_command_simple(client, "db", cmd, NULL, NULL, &error)) {
    fprintf(stderr, "ping failed: %s\n", error.message);
  }
  bson_destroy(cmd);
  return NULL;
}

bool connect_with_oidc_pooled(const char *uri_str) {
  mongoc_client_pool_t *pool = NULL;
  bson_error_t error = {0};
  mongoc_uri_t *uri = NULL;
  pthread_t threads[NUM_THREADS];
  bool ok = true;
  mongoc_client_t *clients[NUM_THREADS];

  uri = mongoc_uri_new_with_error(uri_str, &error);
  if (!uri) {
    fprintf(stderr, "Failed to create URI: '%s': %s\n", uri_str, error.message);
    ok = false;
    goto done;
  }

  pool = mongoc_client_pool_new(uri);
  if (!pool) {
    fprintf(stderr, "Failed to get pool\n");
    ok = false;
    goto done;
  }

  for (size_t i = 0; i < NUM_THREADS; i++) {
    clients[i] = mongoc_client_pool_pop(pool);
    BSON_ASSERT(clients[i]);
    pthread_create(&threads[i], NULL, _run_ping, clients[i]);
  }

  for (size_t i = 0; i < NUM_THREADS; i++) {
    pthread_join(threads[i], NULL);
    mongoc_client_pool_push(pool, clients[i]);
  }

  mongoc_client_pool_destroy(pool);

done:
  mongoc_uri_destroy(uri);
  return ok;
}
