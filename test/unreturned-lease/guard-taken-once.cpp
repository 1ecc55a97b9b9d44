// A client taken under a function-local static, std::call_once or a
// thread_local is kept for the process or the thread on purpose: nothing
// is reported, even though nothing gives it back.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <mutex>

// One client for the process.
mongoc_client_t *auditClient(mongoc_client_pool_t *Pool) {
  static mongoc_client_t *Instance = mongoc_client_pool_pop(Pool);
  return Instance;
}

// std::call_once into a static.
mongoc_client_t *reportClient(mongoc_client_pool_t *Pool) {
  static std::once_flag Once;
  static mongoc_client_t *Instance = nullptr;
  std::call_once(Once, [Pool] { Instance = mongoc_client_pool_pop(Pool); });
  return Instance;
}

// One client per thread.
mongoc_client_t *workerClient(mongoc_client_pool_t *Pool) {
  thread_local mongoc_client_t *Instance = mongoc_client_pool_pop(Pool);
  return Instance;
}

// Control: the same pop in an ordinary function.
bool pingOnce(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+2]]:3: note: it leaks when 'pingOnce' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  return mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                      nullptr, nullptr);
}
