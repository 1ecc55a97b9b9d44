// A process-wide teardown, and a shared client's release, in frequently
// invoked code are reported even when the function's name matches
// ShutdownFunctions: a handler runs on every request whatever it is called.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <httplib.h>

redisContext *Cache = nullptr;

// The admin endpoint 'POST /reset' matches 'reset'.
static void handleReset(const httplib::Request &, httplib::Response &Res) {
  redisFree(Cache);
  // CHECK: :[[@LINE-1]]:3: warning: 'redisFree' closes the shared 'Cache' on every call to 'handleReset'; other callers may still be using it [resource-shared-client-close]
  // CHECK: :[[@LINE+9]]:3: note: 'handleReset' is registered with 'httplib::Server::Post' here as an HTTP request handler
  // CHECK: :[[@LINE-7]]:15: note: 'Cache' is shared by the whole process
  curl_global_cleanup();
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_global_cleanup' tears down the whole library on every call to 'handleReset'; every other client of it in the process stops working [resource-shared-client-close]
  // CHECK: :[[@LINE+5]]:3: note: 'handleReset' is registered with 'httplib::Server::Post' here as an HTTP request handler
  Res.status = 204;
}

void installAdminRoutes(httplib::Server &Server) {
  Server.Post("/reset", handleReset);
}
