// memcached_pool_fetch and memcached_pool_pop give NULL whenever the status
// they store in their last argument is not MEMCACHED_SUCCESS (pool empty,
// timeout, lock failure): a path on which that status shows the take failed
// holds nothing and is not a leak.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libmemcachedutil-1.0/pool.h>

// The status is tested the way memcached_pool(3) shows.
int storeGreeting(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  if (Rc != MEMCACHED_SUCCESS)
    return -1;
  Rc = memcached_set(Memc, "greeting", 8, "hello", 5, 0, 0);
  memcached_pool_release(Pool, Memc);
  return Rc == MEMCACHED_SUCCESS ? 0 : -1;
}

// The deprecated pop, tested with memcached_success().
int touchGreeting(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_pop(Pool, false, &Rc);
  if (!memcached_success(Rc))
    return -1;
  Rc = memcached_touch(Memc, "greeting", 8, 60);
  memcached_pool_push(Pool, Memc);
  return memcached_success(Rc) ? 0 : -1;
}

// Control: the second failure returns with the client taken.
int storeGreetingLost(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  // CHECK: :[[@LINE-1]]:24: warning: 'memcached_pool_fetch' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'storeGreetingLost' returns here
  // CHECK: :[[@LINE-3]]:24: note: give it back with 'memcached_pool_release' on every path
  if (Rc != MEMCACHED_SUCCESS)
    return -1;
  Rc = memcached_set(Memc, "greeting", 8, "hello", 5, 0, 0);
  if (Rc != MEMCACHED_SUCCESS)
    return -1;
  memcached_pool_release(Pool, Memc);
  return 0;
}

// Control: once memcached_get has stored its own status in 'Rc', a test of
// 'Rc' says nothing about the fetch, so the guarded release is not enough.
int readGreeting(memcached_pool_st *Pool, char **Out) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  // CHECK: :[[@LINE-1]]:24: warning: 'memcached_pool_fetch' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+11]]:3: note: it leaks when 'readGreeting' returns here
  // CHECK: :[[@LINE-3]]:24: note: give it back with 'memcached_pool_release' on every path
  if (Memc == nullptr)
    return -1;
  size_t Length = 0;
  uint32_t Flags = 0;
  *Out = memcached_get(Memc, "greeting", 8, &Length, &Flags, &Rc);
  if (Rc == MEMCACHED_SUCCESS) {
    memcached_pool_release(Pool, Memc);
    return 0;
  }
  return -1;
}
