// libmemcached and libmemcachedutil against Debian's headers and libraries:
// a client made for every cache fill, one lost when adding its server fails,
// a client fetched from a memcached_pool_st and not released on an error
// path, and silent shapes. The fixed file compiles, links against
// libmemcached and libmemcachedutil; only the lease warning, which has no
// fix, remains.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{memcached} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{memcached} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{memcached} %t.cpp -o %t.exe \
// RUN:   %libs{memcachedutil} %libs{memcached}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{memcached} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <libmemcached/memcached.h>
#include <libmemcached/util.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

static const char *const CacheConfig = "--SERVER=127.0.0.1:11211";

// Per entry: every cache fill makes a new client with new connections.
void warmCache(const std::vector<std::string> &Keys) {
  for (const std::string &Key : Keys) {
    memcached_st *Memc = memcached(CacheConfig, std::strlen(CacheConfig));
    // CHECK: :[[@LINE-1]]:26: warning: 'memcached' creates a new 'memcached_st' on every iteration of this loop; each one creates a new client whose first request opens new connections to the memcached servers [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:26: note: 'memcached_st' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    memcached_set(Memc, Key.data(), Key.size(), "1", 1, 0, 0);
    memcached_free(Memc);
  }
}

// Missing release: the client is lost when its server cannot be added.
int storeGreeting() {
  memcached_st *Memc = memcached_create(nullptr);
  // CHECK: :[[@LINE-1]]:24: warning: 'memcached_create' acquires a 'memcached_st' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'storeGreeting' returns here
  // CHECK: :[[@LINE-3]]:24: note: release it with 'memcached_free' before that return
  if (Memc == nullptr)
    return -1;
  if (memcached_server_add(Memc, "127.0.0.1", 11211) != MEMCACHED_SUCCESS)
    return -1;
  memcached_return_t Rc = memcached_set(Memc, "greeting", 8, "hello", 5, 0, 0);
  memcached_free(Memc);
  return Rc == MEMCACHED_SUCCESS ? 0 : -1;
}

// Lease: a client taken from the pool is not given back when set fails.
bool storeFromPool(memcached_pool_st *Pool, const char *Key) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  // CHECK: :[[@LINE-1]]:24: warning: 'memcached_pool_fetch' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'storeFromPool' returns here
  // CHECK: :[[@LINE-3]]:24: note: give it back with 'memcached_pool_release' on every path
  if (Memc == nullptr)
    return false;
  if (memcached_set(Memc, Key, std::strlen(Key), "1", 1, 0, 0) !=
      MEMCACHED_SUCCESS)
    return false;
  memcached_pool_release(Pool, Memc);
  return true;
}

// Negative: fetched and released on every path; on the early return the
// status says the fetch failed, so nothing was taken.
bool deleteFromPool(memcached_pool_st *Pool, const char *Key) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  if (Rc != MEMCACHED_SUCCESS)
    return false;
  Rc = memcached_delete(Memc, Key, std::strlen(Key), 0);
  memcached_pool_release(Pool, Memc);
  return Rc == MEMCACHED_SUCCESS;
}

int main(int Argc, char **) {
  memcached_pool_st *Pool =
      memcached_pool(CacheConfig, std::strlen(CacheConfig));
  if (Argc > 1 && Pool != nullptr) {
    warmCache({"a"});
    std::printf("%d %d %d\n", storeGreeting(), storeFromPool(Pool, "k"),
                deleteFromPool(Pool, "k"));
  }
  memcached_pool_destroy(Pool);
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}// One 'memcached_st' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static memcached_st *threadLocalMemcached() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<memcached_st, decltype(&memcached_free)> Instance({{$}}
// FIXED-NEXT: {{^}}      memcached(CacheConfig, std::strlen(CacheConfig)), &memcached_free);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    memcached_st *Memc = threadLocalMemcached();{{$}}
// FIXED: {{^}}    { memcached_free(Memc); return -1; }{{$}}

// REFIXED: .cpp:{{[0-9]+}}:24: warning: 'memcached_pool_fetch' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
// REFIXED: .cpp:{{[0-9]+}}:5: note: it leaks when 'storeFromPool' returns here
// REFIXED: .cpp:{{[0-9]+}}:24: note: give it back with 'memcached_pool_release' on every path
