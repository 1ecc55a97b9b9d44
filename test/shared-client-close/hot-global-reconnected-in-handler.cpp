// Reconnecting a global in a handler does not make the release safe: the
// other requests, on other server threads, may be using the old context
// while this one frees it. In frequently invoked code the release of a
// shared client is reported even when it is reassigned afterwards.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>
#include <httplib.h>

redisContext *Sessions = nullptr;

// Replaces the shared context on every request that finds it broken.
static void handleSession(const httplib::Request &, httplib::Response &Res) {
  if (Sessions->err) {
    redisFree(Sessions);
    // CHECK: :[[@LINE-1]]:5: warning: 'redisFree' closes the shared 'Sessions' on every call to 'handleSession'; other callers may still be using it [resource-shared-client-close]
    // CHECK: :[[@LINE+9]]:3: note: 'handleSession' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-8]]:15: note: 'Sessions' is shared by the whole process
    Sessions = redisConnect("127.0.0.1", 6379);
  }
  freeReplyObject(redisCommand(Sessions, "PING"));
  Res.status = 204;
}

void installSessionRoutes(httplib::Server &Server) {
  Server.Get("/session", handleSession);
}
