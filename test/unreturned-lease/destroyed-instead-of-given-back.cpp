// A pooled client ended with its library's destroy function instead of the
// pool's give-back: the pool still counts it as out, and the next pop may
// block for ever. The warning is at the destroy call, with a note at the
// take; the lease is not reported as lost as well.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <mongoc/mongoc.h>

// The client is destroyed as if it had come from mongoc_client_new.
bool dropEvents(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE+6]]:3: warning: 'mongoc_client_destroy' destroys a connection taken from a pool with 'mongoc_client_pool_pop'; give it back with 'mongoc_client_pool_push' instead [resource-unreturned-lease]
  // CHECK: :[[@LINE-2]]:29: note: taken from the pool here
  mongoc_collection_t *Events =
      mongoc_client_get_collection(Client, "shop", "events");
  bool Ok = mongoc_collection_drop(Events, nullptr);
  mongoc_collection_destroy(Events);
  mongoc_client_destroy(Client);
  return Ok;
}

// The error path frees the memcached client that the pool still owns.
int storeGreeting(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  // CHECK: :[[@LINE+6]]:5: warning: 'memcached_free' destroys a connection taken from a pool with 'memcached_pool_fetch'; give it back with 'memcached_pool_release' instead [resource-unreturned-lease]
  // CHECK: :[[@LINE-2]]:24: note: taken from the pool here
  if (Memc == nullptr)
    return -1;
  Rc = memcached_set(Memc, "greeting", 8, "hello", 5, 0, 0);
  if (Rc != MEMCACHED_SUCCESS) {
    memcached_free(Memc);
    return -1;
  }
  memcached_pool_release(Pool, Memc);
  return 0;
}

// Control: pushed back.
bool dropEventsPushed(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  mongoc_collection_t *Events =
      mongoc_client_get_collection(Client, "shop", "events");
  bool Ok = mongoc_collection_drop(Events, nullptr);
  mongoc_collection_destroy(Events);
  mongoc_client_pool_push(Pool, Client);
  return Ok;
}
