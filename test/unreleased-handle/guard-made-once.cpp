// A handle made under a function-local static, std::call_once or a
// thread_local lives for the process or the thread on purpose: nothing is
// reported, even though nothing releases it.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mutex>

// Function-local static.
redisContext *sharedCache() {
  static redisContext *Instance = redisConnect("127.0.0.1", 6379);
  return Instance;
}

// std::call_once into a static.
PGconn *sharedShop() {
  static std::once_flag Once;
  static PGconn *Instance = nullptr;
  std::call_once(Once, [] { Instance = PQconnectdb("dbname=shop"); });
  return Instance;
}

// One per thread.
redisContext *threadCache() {
  thread_local redisContext *Instance = redisConnect("127.0.0.1", 6379);
  return Instance;
}

// Control: the same connect in an ordinary function.
bool pingCache() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+2]]:3: note: it leaks when 'pingCache' returns here
  // (no failure note: the function never releases it)
  return C != nullptr && !C->err;
}
