// When the client's arguments use a parameter, they can differ between calls:
// no shared client can replace it, so a note says why there is no fix and
// the file is left unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- \
// RUN:   -std=c++17 -isystem %inputs/include
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <sw/redis++/redis++.h>

// The address comes from the request.
static void fromRequest(const httplib::Request &Req, httplib::Response &) {
  sw::redis::Redis Redis(Req.get_param_value("redis"));
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'fromRequest'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'fromRequest' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:20: note: no automatic fix: its arguments use the parameter 'Req', which can differ between calls
  Redis.incr("hits");
}
static void registerFromRequest(httplib::Server &S) {
  S.Get("/a", fromRequest);
}

// The port is a parameter of a helper called from a handler.
static void connectTo(int Port) {
  redisContext *C = redisConnect("127.0.0.1", Port);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'connectTo'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'connectTo' is called by 'handlePort' here
  // CHECK: :[[@LINE+9]]:3: note: 'handlePort' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:21: note: no automatic fix: its arguments use the parameter 'Port', which can differ between calls
  redisCommand(C, "PING");
  redisFree(C);
}
static void handlePort(const httplib::Request &, httplib::Response &) {
  connectTo(6379);
}
static void registerHandlePort(httplib::Server &S) {
  S.Get("/b", handlePort);
}
