// The shared model options are read with getLocalOrGlobal: a global
// DisabledBuiltinModels switches the mongoc model, and with it its pool's
// lease, off for every resource-* check; a check-local entry overrides the
// global one.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s \
// RUN:   -config='{CheckOptions: {DisabledBuiltinModels: mongoc}}' \
// RUN:   -- -std=c++17 -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --check-prefix=GLOBAL --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s \
// RUN:   -config='{CheckOptions: {DisabledBuiltinModels: mongoc, resource-unreturned-lease.DisabledBuiltinModels: memcached}}' \
// RUN:   -- -std=c++17 -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --check-prefix=LOCAL --implicit-check-not='{{warning|note|error}}:'

#include <libmemcachedutil-1.0/pool.h>
#include <mongoc/mongoc.h>

// Loses the mongoc client on the dry run.
int dropEvents(mongoc_client_pool_t *Pool, bool DryRun) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // LOCAL: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // LOCAL: :[[@LINE+3]]:5: note: it leaks when 'dropEvents' returns here
  // LOCAL: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  if (DryRun)
    return 0;
  mongoc_collection_t *Events =
      mongoc_client_get_collection(Client, "shop", "events");
  bool Ok = mongoc_collection_drop(Events, nullptr);
  mongoc_collection_destroy(Events);
  mongoc_client_pool_push(Pool, Client);
  return Ok ? 0 : -1;
}

// Loses the memcached client on the dry run.
int flushGreeting(memcached_pool_st *Pool, bool DryRun) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  // GLOBAL: :[[@LINE-1]]:24: warning: 'memcached_pool_fetch' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // GLOBAL: :[[@LINE+5]]:5: note: it leaks when 'flushGreeting' returns here
  // GLOBAL: :[[@LINE-3]]:24: note: give it back with 'memcached_pool_release' on every path
  if (Memc == nullptr)
    return -1;
  if (DryRun)
    return 0;
  Rc = memcached_delete(Memc, "greeting", 8, 0);
  memcached_pool_release(Pool, Memc);
  return Rc == MEMCACHED_SUCCESS ? 0 : -1;
}
