// The accessor goes right before the function even when no blank line
// separates the function from the declaration before it: it must not land
// inside the previous function's body or the previous namespace.
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

namespace mycorp {
static const char *const RedisUri = "tcp://127.0.0.1:6379";
}
static void afterNamespace(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis(mycorp::RedisUri);
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'afterNamespace'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+10]]:3: note: 'afterNamespace' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.incr("hits");
}
static void afterFunction(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis("tcp://10.0.0.2:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'afterFunction'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'afterFunction' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.incr("hits");
}
static void registerHandlers(httplib::Server &S) {
  S.Get("/a", afterNamespace);
  S.Get("/b", afterFunction);
}

// FIXED: {{^}}namespace mycorp {{{$}}
// FIXED-NEXT: {{^}}static const char *const RedisUri = "tcp://127.0.0.1:6379";{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED: {{^}}static void afterNamespace(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis();{{$}}
// FIXED: {{^}}  Redis.incr("hits");{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static sw::redis::Redis &sharedRedis2() {{{$}}
// FIXED: {{^}}static void afterFunction(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis2();{{$}}
