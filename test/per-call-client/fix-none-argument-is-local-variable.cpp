// When the client's arguments use a local variable, moving them into a
// shared accessor would change their meaning: a note says why there is no
// fix and the file is left unchanged.
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

// A local string holds the address.
static void localAddress(const httplib::Request &, httplib::Response &) {
  std::string Uri = "tcp://127.0.0.1:6379";
  sw::redis::Redis Redis(Uri);
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'localAddress'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'localAddress' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:20: note: no automatic fix: its arguments use the local variable 'Uri'
  Redis.incr("hits");
}
static void registerLocalAddress(httplib::Server &S) {
  S.Get("/a", localAddress);
}

// A local struct holds the timeout.
static void localTimeout(const httplib::Request &, httplib::Response &) {
  timeval Timeout{1, 500000};
  redisContext *C = redisConnectWithTimeout("127.0.0.1", 6379, Timeout);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnectWithTimeout' creates a new 'redisContext' on every call to 'localTimeout'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'localTimeout' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: no automatic fix: its arguments use the local variable 'Timeout'
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerLocalTimeout(httplib::Server &S) {
  S.Get("/b", localTimeout);
}
