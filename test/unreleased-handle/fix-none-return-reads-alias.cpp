// A return whose value reads the handle through another local that holds
// it gets no release before it either: 'redisFree(C); return Ctx->err;'
// would read freed memory. The warning and notes stay; --fix-notes changes
// nothing.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>

// The context is used through a second name.
int connectError() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'connectError' returns here
  // CHECK: :[[@LINE-3]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  redisContext *Ctx = C;
  if (Ctx == nullptr)
    return -1;
  if (Ctx->err)
    return Ctx->err;
  redisFree(Ctx);
  return 0;
}
