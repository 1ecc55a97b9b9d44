// When the client's arguments call a function of the program, its result may
// differ between calls: a note says why there is no fix and the file is left
// unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- \
// RUN:   -std=c++17 -isystem %inputs/include
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <string>
#include <sw/redis++/redis++.h>

static std::string redisUri() { return "tcp://127.0.0.1:6379"; }
static const char *redisHost() { return "127.0.0.1"; }

// The address comes from a configuration function.
static void configuredUri(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis(redisUri());
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'configuredUri'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'configuredUri' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:20: note: no automatic fix: its arguments call 'redisUri', whose result can differ between calls
  Redis.incr("hits");
}
static void registerConfiguredUri(httplib::Server &S) {
  S.Get("/a", configuredUri);
}

// The host comes from a configuration function.
static void configuredHost(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect(redisHost(), 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'configuredHost'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'configuredHost' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: no automatic fix: its arguments call 'redisHost', whose result can differ between calls
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerConfiguredHost(httplib::Server &S) {
  S.Get("/b", configuredHost);
}
