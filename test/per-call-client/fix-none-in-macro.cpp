// A client created by code written inside a macro cannot be rewritten: a
// note says why there is no fix and the file is left unchanged. A macro used
// only as an argument does not block the fix.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- \
// RUN:   -std=c++17 -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only -isystem %inputs/include %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <sw/redis++/redis++.h>

#define CONNECT_REDIS() redisConnect("127.0.0.1", 6379)
#define REDIS_CLIENT(Name) sw::redis::Redis Name("tcp://127.0.0.1:6379")
#define REDIS_HOST "127.0.0.1"

// The factory call is the body of a function-like macro.
static void macroCall(const httplib::Request &, httplib::Response &) {
  redisContext *C = CONNECT_REDIS();
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'macroCall'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE-8]]:25: note: expanded from macro 'CONNECT_REDIS'
  // CHECK: :[[@LINE+7]]:3: note: 'macroCall' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:21: note: no automatic fix: it is written inside a macro
  // CHECK: :[[@LINE-11]]:25: note: expanded from macro 'CONNECT_REDIS'
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerMacroCall(httplib::Server &S) {
  S.Get("/a", macroCall);
}

// The whole declaration of the client object comes from a macro.
static void macroObject(const httplib::Request &, httplib::Response &) {
  REDIS_CLIENT(Redis);
  // CHECK: :[[@LINE-1]]:16: warning: 'sw::redis::Redis' is constructed on every call to 'macroObject'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE-22]]:45: note: expanded from macro 'REDIS_CLIENT'
  // CHECK: :[[@LINE+5]]:3: note: 'macroObject' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:16: note: no automatic fix: it is written inside a macro
  Redis.incr("hits");
}
static void registerMacroObject(httplib::Server &S) {
  S.Get("/b", macroObject);
}

// Only an argument is a macro: the call itself can be moved.
static void macroArgument(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect(REDIS_HOST, 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'macroArgument'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'macroArgument' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerMacroArgument(httplib::Server &S) {
  S.Get("/c", macroArgument);
}

// FIXED: {{^}}static void macroCall(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  redisContext *C = CONNECT_REDIS();{{$}}
// FIXED: {{^}}  redisCommand(C, "PING");{{$}}
// FIXED-NEXT: {{^}}  redisFree(C);{{$}}
// FIXED: {{^}}static void macroObject(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  REDIS_CLIENT(Redis);{{$}}
// FIXED: {{^}}static redisContext *threadLocalRedisContext() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> Instance({{$}}
// FIXED-NEXT: {{^}}      redisConnect(REDIS_HOST, 6379), &redisFree);{{$}}
// FIXED: {{^}}static void macroArgument(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  redisContext *C = threadLocalRedisContext();{{$}}
