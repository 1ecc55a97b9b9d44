// A client made with 'new' and freed with 'delete' on every call becomes one
// process-wide instance made under std::call_once; the per-call 'delete' is
// removed.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only -isystem %inputs/include %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags | count 0

#include <httplib.h>
#include <sw/redis++/redis++.h>

// The raw pointer from 'new' is deleted at the end of the handler.
static void newAndDelete(const httplib::Request &, httplib::Response &) {
  auto *Redis = new sw::redis::Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:21: warning: 'sw::redis::Redis' is constructed on every call to 'newAndDelete'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'newAndDelete' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis->incr("hits");
  delete Redis;
}
static void registerNewAndDelete(httplib::Server &S) {
  S.Get("/a", newAndDelete);
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}static sw::redis::Redis *sharedRedis() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static sw::redis::Redis *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = new sw::redis::Redis("tcp://127.0.0.1:6379");{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void newAndDelete(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto *Redis = sharedRedis();{{$}}
// FIXED-NOT: {{^}}  delete Redis;{{$}}
// FIXED: {{^}}static void registerNewAndDelete(httplib::Server &S) {{{$}}
