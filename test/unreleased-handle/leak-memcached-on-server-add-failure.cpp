// A memcached_st abandoned when adding its server fails leaks.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libmemcached/memcached.h>

// Returns on the error code with the client still allocated.
int storeGreeting() {
  memcached_st *Memc = memcached_create(nullptr);
  // CHECK: :[[@LINE-1]]:24: warning: 'memcached_create' acquires a 'memcached_st' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'storeGreeting' returns here
  // CHECK: :[[@LINE-3]]:24: note: release it with 'memcached_free' before that return
  if (Memc == nullptr)
    return -1;
  memcached_return_t Rc = memcached_server_add(Memc, "localhost", 11211);
  if (Rc != MEMCACHED_SUCCESS)
    return -1;
  Rc = memcached_set(Memc, "greeting", 8, "hello", 5, 0, 0);
  memcached_free(Memc);
  return Rc == MEMCACHED_SUCCESS ? 0 : -1;
}
