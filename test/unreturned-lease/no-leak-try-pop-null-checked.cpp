// mongoc_client_pool_try_pop gives NULL when the pool is exhausted: a path
// on which a NULL test shows that nothing was taken is not a leak, whichever
// way the test is written.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

// Returns early when nothing was taken.
bool pingIfIdle(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_try_pop(Pool);
  if (Client == nullptr)
    return false;
  bool Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                         nullptr, nullptr);
  mongoc_client_pool_push(Pool, Client);
  return Ok;
}

// Works only inside the non-NULL branch.
bool pingIfIdleNested(mongoc_client_pool_t *Pool) {
  bool Ok = false;
  mongoc_client_t *Client = mongoc_client_pool_try_pop(Pool);
  if (Client) {
    Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                      nullptr, nullptr);
    mongoc_client_pool_push(Pool, Client);
  }
  return Ok;
}

// Assigned and tested in one condition.
bool pingIfIdleAssigned(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client;
  if ((Client = mongoc_client_pool_try_pop(Pool)) == NULL)
    return false;
  bool Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                         nullptr, nullptr);
  mongoc_client_pool_push(Pool, Client);
  return Ok;
}

// Control: a NULL test does not excuse the non-NULL path.
bool pingIfIdleLost(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_try_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_try_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+8]]:5: note: it leaks when 'pingIfIdleLost' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  if (!Client)
    return false;
  bson_error_t Error;
  bool Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                         nullptr, &Error);
  if (!Ok)
    return false;
  mongoc_client_pool_push(Pool, Client);
  return true;
}
