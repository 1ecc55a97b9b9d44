// When the client's arguments use a global that is not const, it can change
// between calls: a note says why there is no fix and the file is left
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

static std::string RedisUri = "tcp://127.0.0.1:6379";
namespace config {
int RedisPort = 6379;
} // namespace config

// A global string holds the address.
static void globalUri(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis(RedisUri);
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'globalUri'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'globalUri' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:20: note: no automatic fix: its arguments use the global 'RedisUri', which can change between calls
  Redis.incr("hits");
}
static void registerGlobalUri(httplib::Server &S) {
  S.Get("/a", globalUri);
}

// A namespaced global int holds the port.
static void globalPort(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", config::RedisPort);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'globalPort'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'globalPort' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: no automatic fix: its arguments use the global 'RedisPort', which can change between calls
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerGlobalPort(httplib::Server &S) {
  S.Get("/b", globalPort);
}
