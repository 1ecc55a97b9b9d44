// A return whose value reads the handle gets no release before it: the
// release would run before the read. The warning and notes stay;
// --fix-notes changes nothing.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>

// The error code is read from the context in the return itself.
int connectError() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'connectError' returns here
  // CHECK: :[[@LINE-3]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C == nullptr)
    return -1;
  if (C->err)
    return C->err;
  redisFree(C);
  return 0;
}
