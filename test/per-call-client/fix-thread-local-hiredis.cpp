// A hiredis connection made and freed on every call is not thread-safe: a
// note offers a per-thread handle owned by a thread_local unique_ptr with
// redisFree as deleter, applied only with --fix-notes; the per-call
// redisFree is removed.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <hiredis/hiredis.h>
#include <string>
#include <vector>

// A helper called in a loop connects with a timeout.
static void store(const std::string &Key) {
  redisContext *C = redisConnectWithTimeout("127.0.0.1", 6379, timeval{1, 0});
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnectWithTimeout' creates a new 'redisContext' on every call to 'store'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:5: note: 'store' is called in a loop in 'storeAll' here
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "SET %s 1", Key.c_str());
  redisFree(C);
}

void storeAll(const std::vector<std::string> &Keys) {
  for (const std::string &Key : Keys)
    store(Key);
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}// One 'redisContext' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static redisContext *threadLocalRedisContext() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> Instance({{$}}
// FIXED-NEXT: {{^}}      redisConnectWithTimeout("127.0.0.1", 6379, timeval{1, 0}), &redisFree);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void store(const std::string &Key) {{{$}}
// FIXED-NEXT: {{^}}  redisContext *C = threadLocalRedisContext();{{$}}
// FIXED: {{^}}  redisCommand(C, "SET %s 1", Key.c_str());{{$}}
// FIXED-NEXT: {{^}}}{{$}}
