// Sites that create clients with different arguments get accessors with
// different names, and a name already used in the file is not reused.
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

// The file already uses the name the first accessor would get.
static int sharedRedis = 0;

// A client to the primary server.
static void primary(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis("tcp://10.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'primary'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+13]]:3: note: 'primary' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.set("k", "v");
}

// A client to the replica server.
static void replica(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis("tcp://10.0.0.2:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'replica'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'replica' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.get("k");
}

static void registerHandlers(httplib::Server &S) {
  S.Get("/primary", primary);
  S.Get("/replica", replica);
}

// FIXED: {{^}}static int sharedRedis = 0;{{$}}
// FIXED: {{^}}static sw::redis::Redis &sharedRedis2() {{{$}}
// FIXED: {{^}}    Instance = new sw::redis::Redis("tcp://10.0.0.1:6379");{{$}}
// FIXED: {{^}}static void primary(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis2();{{$}}
// FIXED: {{^}}static sw::redis::Redis &sharedRedis3() {{{$}}
// FIXED: {{^}}    Instance = new sw::redis::Redis("tcp://10.0.0.2:6379");{{$}}
// FIXED: {{^}}static void replica(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  sw::redis::Redis &Redis = sharedRedis3();{{$}}
