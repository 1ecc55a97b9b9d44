// A guard object whose destructor gives the client back takes the lease
// over only where it is built: a branch that returns without building it
// loses the lease.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

// Pushes its client back to its pool when it goes out of scope.
struct PooledClient {
  mongoc_client_pool_t *Pool;
  mongoc_client_t *Client;
  ~PooledClient() { mongoc_client_pool_push(Pool, Client); }
};

// Only the write branch builds the guard; the read-only branch returns with
// the client still out of the pool.
bool dropCollection(mongoc_client_pool_t *Pool, const char *Name,
                    bool ReadOnly) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+11]]:3: note: it leaks when 'dropCollection' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  if (!ReadOnly) {
    PooledClient Guard{Pool, Client};
    mongoc_collection_t *Coll =
        mongoc_client_get_collection(Client, "shop", Name);
    bool Ok = mongoc_collection_drop(Coll, nullptr);
    mongoc_collection_destroy(Coll);
    return Ok;
  }
  MONGOC_WARNING("refusing to drop '%s' in read-only mode", Name);
  return false;
}

// Control: the guard is built right after the pop.
bool dropCollectionGuarded(mongoc_client_pool_t *Pool, const char *Name,
                           bool ReadOnly) {
  PooledClient Guard{Pool, mongoc_client_pool_pop(Pool)};
  if (ReadOnly)
    return false;
  mongoc_collection_t *Coll =
      mongoc_client_get_collection(Guard.Client, "shop", Name);
  bool Ok = mongoc_collection_drop(Coll, nullptr);
  mongoc_collection_destroy(Coll);
  return Ok;
}
