// When the handle is owned by a unique_ptr whose deleter releases it, handing
// out a per-thread handle into that unique_ptr would release the shared
// handle at the end of every call: no fix is offered (the note names the
// owner; its wording is not pinned) and the file is left unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>

// The unique_ptr frees the connection when the handler returns.
static void ownedByUniquePtr(const httplib::Request &, httplib::Response &) {
  std::unique_ptr<redisContext, decltype(&redisFree)> C(
      redisConnect("127.0.0.1", 6379), &redisFree);
  // CHECK: :[[@LINE-1]]:7: warning: 'redisConnect' creates a new 'redisContext' on every call to 'ownedByUniquePtr'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'ownedByUniquePtr' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:7: note: no automatic fix: {{.*}}'C'{{.*}}
  redisCommand(C.get(), "PING");
}
static void registerOwnedByUniquePtr(httplib::Server &S) {
  S.Get("/a", ownedByUniquePtr);
}
