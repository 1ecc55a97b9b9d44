// SOURCE: mongo-c-driver tests, test-mongoc-client-pool.c test_mongoc_client_pool_try_pop (public GitHub file, search-index id 1262871858; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative (hard) - a test asserts that try_pop on an exhausted pool (maxpoolsize=1, one client out) gives NULL; the result is never stored, but when the assertion holds nothing was taken, and otherwise the test aborts
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

mongoc_client_pool_t *test_framework_client_pool_new_from_uri(
    const mongoc_uri_t *uri, void *opts);

static void test_mongoc_client_pool_try_pop(void) {
  mongoc_client_pool_t *pool;
  mongoc_client_t *client;
  mongoc_uri_t *uri;

  uri = mongoc_uri_new("mongodb://127.0.0.1/?maxpoolsize=1");
  pool = test_framework_client_pool_new_from_uri(uri, NULL);
  client = mongoc_client_pool_pop(pool);
  BSON_ASSERT(client);
  BSON_ASSERT(!mongoc_client_pool_try_pop(pool));
  mongoc_client_pool_push(pool, client);
  mongoc_uri_destroy(uri);
  mongoc_client_pool_destroy(pool);
}

void test_client_pool_install(void (*add)(const char *, void (*)(void))) {
  add("/ClientPool/try_pop", test_mongoc_client_pool_try_pop);
}
