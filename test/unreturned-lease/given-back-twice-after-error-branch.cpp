// An error branch that gives the client back and then falls through to the
// normal give-back (a forgotten 'return') gives it back twice on that path:
// mongoc then holds the same client twice in its queue and hands it to two
// threads. The second give-back is reported even though the other path
// reaches it with the client still out.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

// The error branch pushes the client and does not return.
bool ping(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE+9]]:3: warning: the connection taken with 'mongoc_client_pool_pop' is given back to its pool a second time [resource-unreturned-lease]
  // CHECK: :[[@LINE-2]]:29: note: taken from the pool here
  bson_error_t Error;
  bool Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                         nullptr, &Error);
  if (!Ok) {
    MONGOC_WARNING("ping failed: %s", Error.message);
    mongoc_client_pool_push(Pool, Client);
  }
  mongoc_client_pool_push(Pool, Client);
  return Ok;
}

// Control: the error branch returns after its push.
bool pingReturns(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  bson_error_t Error;
  bool Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                         nullptr, &Error);
  if (!Ok) {
    MONGOC_WARNING("ping failed: %s", Error.message);
    mongoc_client_pool_push(Pool, Client);
    return false;
  }
  mongoc_client_pool_push(Pool, Client);
  return true;
}
