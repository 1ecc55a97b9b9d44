// The release note is offered only when it closes every leak: a handle
// that also leaks at the end of the function, at a throw or by being
// overwritten gets no note with a fix, and --fix-notes changes nothing.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>
#include <stdexcept>

// An early return and the end of the function.
void touch(bool Quick) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'touch' returns here
  // CHECK: :[[@LINE+5]]:1: note: it leaks when 'touch' ends here
  // (no failure note: the function never releases it)
  if (Quick)
    return;
  freeReplyObject(redisCommand(C, "INCR touched"));
}

// An early return and a throw.
int load(bool Quick, bool Broken) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'load' returns here
  // CHECK: :[[@LINE+7]]:5: note: it leaks when this exception is thrown
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C == nullptr)
    return -1;
  if (Quick)
    return 0;
  if (Broken)
    throw std::runtime_error("broken");
  redisFree(C);
  return 1;
}
