// The status of memcached_pool_fetch kept in a data member of the object
// (`&Rc` in a worker class) tells a failed take like a local one does,
// until something else writes the member.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libmemcachedutil-1.0/pool.h>

class FetchWorker {
public:
  explicit FetchWorker(memcached_pool_st *Pool) : Pool(Pool) {}

  // Works and gives back only when the take succeeded.
  void execute() {
    memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
    if (memcached_success(Rc)) {
      Rc = memcached_touch(Memc, "greeting", 8, 60);
      memcached_pool_release(Pool, Memc);
    }
  }

  // The member is overwritten before the test: the test says nothing
  // about the take any more.
  void executeOverwritten() {
    memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
    // CHECK: :[[@LINE-1]]:26: warning: 'memcached_pool_fetch' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
    // CHECK: :[[@LINE+6]]:3: note: it leaks when 'FetchWorker::executeOverwritten' ends here
    // CHECK: :[[@LINE+4]]:7: note: it is released here only when the condition of this 'if' holds
    // CHECK: :[[@LINE-4]]:26: note: give it back with 'memcached_pool_release' on every path
    Rc = MEMCACHED_FAILURE;
    if (memcached_success(Rc))
      memcached_pool_release(Pool, Memc);
  }

private:
  memcached_pool_st *Pool;
  memcached_return_t Rc = MEMCACHED_SUCCESS;
};
