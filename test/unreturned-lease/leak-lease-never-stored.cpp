// A take whose result is thrown away can never be given back: the warning
// says so and has no notes.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libmemcachedutil-1.0/pool.h>
#include <mongoc/mongoc.h>
#include <soci/soci.h>

// A pop meant to warm the pool up.
void warmUp(mongoc_client_pool_t *Pool) {
  mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:3: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is never stored, so it can never be given back; the pool runs dry when leases are lost [resource-unreturned-lease]
}

// A position leased only to see whether the pool has a free session.
void probe(soci::connection_pool &Pool) {
  (void)Pool.lease();
  // CHECK: :[[@LINE-1]]:9: warning: 'soci::connection_pool::lease' takes a connection from its pool that is never stored, so it can never be given back; the pool runs dry when leases are lost [resource-unreturned-lease]
}

// A fetch whose client is dropped; only the status is looked at.
bool poolHasRoom(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_pool_fetch(Pool, nullptr, &Rc);
  // CHECK: :[[@LINE-1]]:3: warning: 'memcached_pool_fetch' takes a connection from its pool that is never stored, so it can never be given back; the pool runs dry when leases are lost [resource-unreturned-lease]
  return Rc == MEMCACHED_SUCCESS;
}

// Control: given back in the same expression.
void cycle(mongoc_client_pool_t *Pool) {
  mongoc_client_pool_push(Pool, mongoc_client_pool_pop(Pool));
}
