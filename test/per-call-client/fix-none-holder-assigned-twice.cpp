// When a second connection is assigned into the variable that held the first
// one, neither site can be rewritten on its own: removing the releases of the
// second would also remove the release of the first. Both get a no-fix note
// and the file is left unchanged. (The wording of the second site's note is
// not pinned: only that it names the holder.)
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>

// Falls back to a second server when the first refuses the connection.
static void fallBack(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("10.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'fallBack'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+13]]:3: note: 'fallBack' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: no automatic fix: 'C' is assigned again later
  if (C->err) {
    redisFree(C);
    C = redisConnect("10.0.0.2", 6379);
    // CHECK: :[[@LINE-1]]:9: warning: 'redisConnect' creates a new 'redisContext' on every call to 'fallBack'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+7]]:3: note: 'fallBack' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-3]]:9: note: no automatic fix: {{.*}}'C'{{.*}}
  }
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerFallBack(httplib::Server &S) {
  S.Get("/a", fallBack);
}
