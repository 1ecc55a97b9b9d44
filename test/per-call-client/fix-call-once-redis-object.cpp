// A thread-safe, self-reconnecting client declared as a local object becomes
// a reference to one process-wide instance made under std::call_once; the
// fix is on the warning, so --fix applies it.
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

// A client object constructed with parentheses.
static void parenthesised(const httplib::Request &, httplib::Response &Res) {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'parenthesised'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'parenthesised' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Res.set_content(Redis.get("k").value_or(""), "text/plain");
}
static void registerParenthesised(httplib::Server &S) {
  S.Get("/a", parenthesised);
}

// A client object constructed with braces from a temporary options struct.
static void braced(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis{sw::redis::ConnectionOptions{}};
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'braced'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'braced' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.incr("hits");
}
static void registerBraced(httplib::Server &S) {
  S.Get("/b", braced);
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}// One 'sw::redis::Redis' for the whole process: it is thread-safe and{{$}}
// FIXED-NEXT: {{^}}// reconnects by itself, so every call shares it and none closes it.{{$}}
// FIXED-NEXT: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static sw::redis::Redis *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = new sw::redis::Redis("tcp://127.0.0.1:6379");{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void parenthesised(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis();{{$}}
// FIXED: {{^}}static sw::redis::Redis &sharedRedis2() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static sw::redis::Redis *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = new sw::redis::Redis{sw::redis::ConnectionOptions{}};{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void braced(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis2();{{$}}
