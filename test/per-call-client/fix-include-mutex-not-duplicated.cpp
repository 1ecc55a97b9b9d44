// The call_once accessor needs <mutex>: when the file already includes it,
// the fix does not add it a second time.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: grep -c '^#include <mutex>$' %t.cpp | grep -x 1
// RUN: %clangxx -std=c++17 -fsyntax-only -isystem %inputs/include %t.cpp

#include <httplib.h>
#include <mutex>
#include <sw/redis++/redis++.h>

static std::mutex CountersLock;

// A handler that also uses the mutex the file already includes.
static void bump(const httplib::Request &, httplib::Response &) {
  std::lock_guard<std::mutex> Guard(CountersLock);
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'bump'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'bump' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.incr("hits");
}
static void registerBump(httplib::Server &S) {
  S.Get("/a", bump);
}

// FIXED: {{^}}#include <httplib.h>{{$}}
// FIXED-NEXT: {{^}}#include <mutex>{{$}}
// FIXED-NEXT: {{^}}#include <sw/redis++/redis++.h>{{$}}
// FIXED: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED: {{^}}  sw::redis::Redis &Redis = sharedRedis();{{$}}
