// SOURCE: https://github.com/brianc/node-pg-pool/pull/3 ("Only release client once on an error": the error path released the client and the common path released it again; rendered with libmongoc)
// LIBRARY: mongoc
// SHAPE: positive - rendered: a switch over the query outcome pushes the client in its error case and breaks to the common exit, which pushes it a second time; the pool then hands the same client to two threads
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

enum outcome { OUTCOME_OK, OUTCOME_EMPTY, OUTCOME_ERROR };

static enum outcome count_orders(mongoc_client_t *client, int64_t *n) {
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client, "shop", "orders");
  bson_t filter = BSON_INITIALIZER;
  bson_error_t error;
  *n = mongoc_collection_count_documents(coll, &filter, NULL, NULL, NULL,
                                         &error);
  mongoc_collection_destroy(coll);
  if (*n < 0)
    return OUTCOME_ERROR;
  return *n == 0 ? OUTCOME_EMPTY : OUTCOME_OK;
}

int report_orders(mongoc_client_pool_t *pool) {
  int64_t n = 0;
  int rc = 0;
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  switch (count_orders(client, &n)) {
  case OUTCOME_OK:
    MONGOC_INFO("%lld orders", (long long)n);
    break;
  case OUTCOME_EMPTY:
    MONGOC_INFO("no orders");
    break;
  case OUTCOME_ERROR:
    MONGOC_WARNING("count failed, releasing client");
    mongoc_client_pool_push(pool, client);
    rc = -1;
    break;
  }
  mongoc_client_pool_push(pool, client); // EXPECT-WARN
  return rc;
}
