// SOURCE: https://github.com/mongodb/mongo-swift-driver/pull/475 ("Avoid ConnectionPool leak in case of invalid options": with an invalid maxPoolSize the mongoc_client_pool_t was created and never destroyed; rendered in C)
// LIBRARY: mongoc
// SHAPE: positive - the pool is created first; rejecting an option returns NULL without mongoc_client_pool_destroy
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

mongoc_client_pool_t *make_pool(const mongoc_uri_t *uri, int max_pool_size) {
  mongoc_client_pool_t *pool = mongoc_client_pool_new(uri); // EXPECT-WARN
  if (pool == NULL)
    return NULL;
  if (!mongoc_client_pool_set_error_api(pool, MONGOC_ERROR_API_VERSION_2))
    return NULL;
  if (max_pool_size <= 0) {
    fprintf(stderr, "invalid maxPoolSize %d\n", max_pool_size);
    return NULL;
  }
  mongoc_client_pool_max_size(pool, (uint32_t)max_pool_size);
  return pool;
}
