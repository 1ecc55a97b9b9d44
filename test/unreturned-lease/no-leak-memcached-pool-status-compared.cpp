// memcached_pool_fetch gives NULL whenever the status it stores in its last
// argument is not MEMCACHED_SUCCESS (the model's 'status: "*arg2"'): a
// return on that status holds nothing. A later assignment of the status
// variable ends what it says about the take.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libmemcachedutil-1.0/pool.h>

// The status is compared the way memcached_pool(3) shows: no leak.
int storeGreeting(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  if (Rc != MEMCACHED_SUCCESS)
    return -1;
  Rc = memcached_set(Memc, "greeting", 8, "hello", 5, 0, 0);
  memcached_pool_release(Pool, Memc);
  return Rc == MEMCACHED_SUCCESS ? 0 : -1;
}

// After Rc is reused for memcached_set, its test says nothing about the
// take: the return loses the client.
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
