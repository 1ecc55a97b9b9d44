// The C idiom of jumping to one cleanup label that pushes the client back
// gives it back on every path: nothing is reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

// Every error jumps to 'done', which pushes the client back.
int archiveOrders(mongoc_client_pool_t *Pool) {
  int Rc = -1;
  mongoc_collection_t *Orders = nullptr;
  bson_t *Filter = nullptr;
  bson_error_t Error;
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  Orders = mongoc_client_get_collection(Client, "shop", "orders");
  if (Orders == nullptr)
    goto done;
  Filter = BCON_NEW("archived", BCON_BOOL(true));
  if (!mongoc_collection_delete_many(Orders, Filter, nullptr, nullptr, &Error))
    goto done;
  Rc = 0;
done:
  bson_destroy(Filter);
  mongoc_collection_destroy(Orders);
  mongoc_client_pool_push(Pool, Client);
  return Rc;
}

// Control: a return before the first jump skips the label's push.
int archiveOrdersUnlessDryRun(mongoc_client_pool_t *Pool, bool DryRun) {
  int Rc = -1;
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+3]]:5: note: it leaks when 'archiveOrdersUnlessDryRun' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  if (DryRun)
    return 0;
  if (!mongoc_client_command_simple(Client, "admin", nullptr, nullptr, nullptr,
                                    nullptr))
    goto done;
  Rc = 0;
done:
  mongoc_client_pool_push(Pool, Client);
  return Rc;
}
