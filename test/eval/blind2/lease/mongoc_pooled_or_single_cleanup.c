// SOURCE: mongo-c-driver tests, test-mongoc-topology (public GitHub file, search-index id 7922495164; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative (hard) - the client is popped when 'pooled' and created otherwise; the cleanup tests the same flag and pushes the popped one, destroys the created one (correlated branches)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>
#include <stdio.h>

mongoc_client_pool_t *test_framework_client_pool_new(void);
mongoc_client_t *test_framework_client_new(void);

static void _test_topology_events(bool pooled) {
  mongoc_client_t *client;
  mongoc_client_pool_t *pool = NULL;
  bool r;
  bson_error_t error;

  if (pooled) {
    pool = test_framework_client_pool_new();
    client = mongoc_client_pool_pop(pool);
  } else {
    client = test_framework_client_new();
  }

  bson_t *ping = BCON_NEW("ping", BCON_INT32(1));
  r = mongoc_client_command_simple(client, "admin", ping, NULL, NULL, &error);
  bson_destroy(ping);
  if (!r)
    fprintf(stderr, "%s\n", error.message);

  if (pooled) {
    mongoc_client_pool_push(pool, client);
    mongoc_client_pool_destroy(pool);
  } else {
    mongoc_client_destroy(client);
  }
}

void test_topology_events_single(void) { _test_topology_events(false); }
void test_topology_events_pooled(void) { _test_topology_events(true); }
