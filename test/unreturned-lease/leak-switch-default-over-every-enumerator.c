// The `default:` of a switch that lists every enumerator still runs for a
// value read from the network: a lease held there is lost when it returns.
// A switch over every enumerator without a `default:` relies on them, and
// so does the check.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -x c -std=gnu11 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

enum msg_type { MSG_LEASE, MSG_RELEASE };

bool store(mongoc_client_t *Client, int Id);

int handleMessage(mongoc_client_pool_t *Pool, enum msg_type Type, int Id) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+9]]:5: note: it leaks when 'handleMessage' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  switch (Type) {
  case MSG_LEASE:
    store(Client, Id);
    break;
  case MSG_RELEASE:
    break;
  default:
    return -1;
  }
  mongoc_client_pool_push(Pool, Client);
  return 0;
}

// Control: every enumerator gives back and returns; no default.
int handleKnownMessage(mongoc_client_pool_t *Pool, enum msg_type Type,
                       int Id) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  switch (Type) {
  case MSG_LEASE:
    store(Client, Id);
    mongoc_client_pool_push(Pool, Client);
    return 1;
  case MSG_RELEASE:
    mongoc_client_pool_push(Pool, Client);
    return 0;
  }
  return -1;
}
