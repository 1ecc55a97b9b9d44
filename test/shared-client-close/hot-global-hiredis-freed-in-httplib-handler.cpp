// A global hiredis context freed in an HTTP handler is freed on every
// request, while the other requests, on other server threads, still use it:
// the notes show the registration and the global.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>
#include <httplib.h>

redisContext *Cache = nullptr;

// Frees the process's only Redis connection after one command.
static void handleFlush(const httplib::Request &, httplib::Response &Res) {
  freeReplyObject(redisCommand(Cache, "FLUSHDB"));
  redisFree(Cache);
  // CHECK: :[[@LINE-1]]:3: warning: 'redisFree' closes the shared 'Cache' on every call to 'handleFlush'; other callers may still be using it [resource-shared-client-close]
  // CHECK: :[[@LINE+14]]:3: note: 'handleFlush' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-8]]:15: note: 'Cache' is shared by the whole process
  Res.set_content("flushed", "text/plain");
}

void installCacheRoutes(httplib::Server &Server) {
  // The same in a lambda handler.
  Server.Post("/evict", [](const httplib::Request &Req, httplib::Response &) {
    freeReplyObject(redisCommand(Cache, "DEL %s", Req.body.c_str()));
    redisFree(Cache);
    // CHECK: :[[@LINE-1]]:5: warning: 'redisFree' closes the shared 'Cache' on every call to the lambda; other callers may still be using it [resource-shared-client-close]
    // CHECK: :[[@LINE-4]]:3: note: the lambda is registered with 'httplib::Server::Post' here as an HTTP request handler
    // CHECK: :[[@LINE-19]]:15: note: 'Cache' is shared by the whole process
  });
  Server.Get("/flush", handleFlush);
}
