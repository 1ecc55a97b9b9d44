// The per-thread accessor for a C handle needs <memory> for unique_ptr: when
// the file already includes it, the fix does not add it a second time.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: grep -c '^#include <memory>$' %t.cpp | grep -x 1
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>

// A handler whose file already includes <memory>.
static void ping(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'ping'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'ping' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerPing(httplib::Server &S) {
  S.Get("/a", ping);
}

// FIXED: {{^}}#include <hiredis/hiredis.h>{{$}}
// FIXED-NEXT: {{^}}#include <httplib.h>{{$}}
// FIXED-NEXT: {{^}}#include <memory>{{$}}
// FIXED: {{^}}static redisContext *threadLocalRedisContext() {{{$}}
// FIXED: {{^}}  redisContext *C = threadLocalRedisContext();{{$}}
