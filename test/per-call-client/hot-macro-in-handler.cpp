// An acquisition hidden in a macro used in a handler is reported at the
// macro's use, but no rewrite is offered: the note says why, and applying
// fixes leaves the file unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>

#define OPEN_CACHE() redisConnect("127.0.0.1", 6379)

// The cache connection is opened through a macro on every request.
static void handleCachedGet(const httplib::Request &, httplib::Response &Res) {
  redisContext *C = OPEN_CACHE();
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'handleCachedGet'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE-6]]:22: note: expanded from macro 'OPEN_CACHE'
  // CHECK: :[[@LINE+9]]:3: note: 'handleCachedGet' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:21: note: no automatic fix: it is written inside a macro
  // CHECK: :[[@LINE-9]]:22: note: expanded from macro 'OPEN_CACHE'
  if (C && !C->err)
    Res.set_content("cached", "text/plain");
  redisFree(C);
}

void installCacheRoutes(httplib::Server &Server) {
  Server.Get("/cached", handleCachedGet);
}
