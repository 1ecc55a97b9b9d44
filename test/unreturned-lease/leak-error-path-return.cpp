// A client popped from a mongoc pool and abandoned when its command fails is
// never pushed back: the warning is at the pop, with a note at the return
// that loses it.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

// Returns when the ping fails, with the client still out of the pool.
bool isPrimaryUp(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+8]]:5: note: it leaks when 'isPrimaryUp' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bson_error_t Error;
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, &Error);
  bson_destroy(Ping);
  if (!Ok)
    return false;
  mongoc_client_pool_push(Pool, Client);
  return true;
}

// Two error returns in a row each lose the client; one warning, two notes.
int countOrders(mongoc_client_pool_t *Pool, int64_t *Count) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'countOrders' returns here
  // CHECK: :[[@LINE+12]]:5: note: it leaks when 'countOrders' returns here
  // CHECK: :[[@LINE-4]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  mongoc_collection_t *Orders =
      mongoc_client_get_collection(Client, "shop", "orders");
  if (Orders == nullptr)
    return -1;
  bson_t Filter = BSON_INITIALIZER;
  bson_error_t Error;
  *Count = mongoc_collection_count_documents(Orders, &Filter, nullptr, nullptr,
                                             nullptr, &Error);
  mongoc_collection_destroy(Orders);
  if (*Count < 0)
    return -1;
  mongoc_client_pool_push(Pool, Client);
  return 0;
}

// Control: pushed back before the early return too.
bool isPrimaryUpPushed(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, nullptr);
  bson_destroy(Ping);
  mongoc_client_pool_push(Pool, Client);
  return Ok;
}
