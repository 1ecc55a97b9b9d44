// SOURCE: https://github.com/mongodb/mongo-cxx-driver/pull/1205 (CXX-3100 "Check return when acquiring client from pool": the popped client is used straight away; rendered in C with the result of mongoc_client_pool_pop passed directly to mongoc_client_get_collection, so nothing keeps the client to push back)
// LIBRARY: mongoc
// SHAPE: positive - the take's result is never stored: it is an argument of another call, and the client can never be pushed back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

mongoc_collection_t *events_collection(mongoc_client_pool_t *pool) {
  return mongoc_client_get_collection(mongoc_client_pool_pop(pool), // EXPECT-WARN
                                      "app", "events");
}
