// A take whose result is only tested is lost on the paths where it got a
// client, unless those paths end the program: a test asserting that an
// exhausted pool gives NULL takes nothing.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

// Probes for a free client and drops it.
bool hasIdleClient(mongoc_client_pool_t *Pool) {
  if (mongoc_client_pool_try_pop(Pool))
    // CHECK: :[[@LINE-1]]:7: warning: 'mongoc_client_pool_try_pop' takes a connection from its pool that is never stored, so it can never be given back; the pool runs dry when leases are lost [resource-unreturned-lease]
    return true;
  return false;
}

// Control: the pool is exhausted, and the assertion aborts otherwise.
void testTryPopOnExhaustedPool(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  BSON_ASSERT(!mongoc_client_pool_try_pop(Pool));
  mongoc_client_pool_push(Pool, Client);
}

// Control: the same with the NULL comparison spelled out.
void testTryPopIsNull(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  BSON_ASSERT(mongoc_client_pool_try_pop(Pool) == NULL);
  mongoc_client_pool_push(Pool, Client);
}
