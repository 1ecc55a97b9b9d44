// SOURCE: public GitHub file (mongo-c-driver tests, _test_topology_events(bool pooled) in test-mongoc-sdam-monitoring.c; search-index id 7922495164; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative (hard) - a test runs single and pooled: the client comes from mongoc_client_pool_pop when 'pooled' is true and from mongoc_client_new otherwise, and the end pushes it back under the same 'pooled' test or destroys it; in between, an assert-style macro aborts on a failed ping. The flag is a parameter, not a local
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>
#include <stdlib.h>

#define ASSERT_OR_PRINT(_statement, _err)                                      \
  do {                                                                         \
    if (!(_statement)) {                                                       \
      fprintf(stderr, "FAIL:%s:%d  %s()\n  %s\n  %s\n\n", __FILE__, __LINE__, \
              BSON_FUNC, #_statement, _err.message);                           \
      fflush(stderr);                                                          \
      abort();                                                                 \
    }                                                                          \
  } while (0)

mongoc_client_pool_t *test_framework_client_pool_new(void);
mongoc_client_t *test_framework_client_new(void);

static void _test_topology_events(bool pooled) {
  mongoc_client_t *client;
  mongoc_client_pool_t *pool = NULL;
  bson_error_t error;
  bool r;

  if (pooled) {
    pool = test_framework_client_pool_new();
    client = mongoc_client_pool_pop(pool);
  } else {
    client = test_framework_client_new();
  }

  bson_t *ping = BCON_NEW("ping", BCON_INT32(1));
  r = mongoc_client_command_simple(client, "admin", ping, NULL, NULL, &error);
  bson_destroy(ping);
  ASSERT_OR_PRINT(r, error);

  if (pooled) {
    mongoc_client_pool_push(pool, client);
    mongoc_client_pool_destroy(pool);
  } else {
    mongoc_client_destroy(client);
  }
}

void test_topology_events_single(void) { _test_topology_events(false); }
void test_topology_events_pooled(void) { _test_topology_events(true); }
