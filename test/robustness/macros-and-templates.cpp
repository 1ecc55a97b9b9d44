// Acquisitions and releases hidden in macros, and templates: a macro at the
// use site is reported at the macro's use; an instantiated template is
// reported once, at its definition; an uninstantiated one not at all.
// RUN: %tidy -checks='-*,resource-per-call-client,resource-unreleased-handle' %s \
// RUN:   -- -std=c++17 | %diags | FileCheck %s --implicit-check-not='warning:'

#include <hiredis/hiredis.h>

#define OPEN_CACHE() redisConnect("127.0.0.1", 6379)
#define CLOSE_CACHE(C) redisFree(C)

// The whole life in macros, in a loop.
void macroLoop() {
  for (int I = 0; I < 3; ++I) {
    redisContext *C = OPEN_CACHE();
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop
    CLOSE_CACHE(C);
  }
}

// Instantiated twice, reported once at the definition.
template <typename T> void templatedLoop(T Port) {
  for (int I = 0; I < 3; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop
    redisFree(C);
  }
}
template void templatedLoop<int>(int);
template void templatedLoop<long>(long);

// Never instantiated: not reported.
template <typename T> void neverUsed() {
  for (int I = 0; I < 3; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    redisFree(C);
  }
}

// A leak whose early return is in a macro.
#define RETURN_IF(Cond) if (Cond) return -1
int leakInMacro() {
  redisContext *C = OPEN_CACHE();
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path
  RETURN_IF(C->err);
  redisFree(C);
  return 0;
}
