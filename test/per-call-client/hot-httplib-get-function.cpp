// A function registered by name with httplib::Server::Get runs once per
// request: a memcached client made in it is made for every request.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <httplib.h>
#include <libmemcached/memcached.h>

// The session lookup creates a memcached client for every request.
static void handleSessionLookup(const httplib::Request &,
                                httplib::Response &Res) {
  memcached_st *Cache = memcached_create(nullptr);
  // CHECK: :[[@LINE-1]]:25: warning: 'memcached_create' creates a new 'memcached_st' on every call to 'handleSessionLookup'; each one creates a new client whose first request opens new connections to the memcached servers [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'handleSessionLookup' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:25: note: 'memcached_st' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  memcached_server_add(Cache, "127.0.0.1", 11211);
  Res.set_content("ok", "text/plain");
  memcached_free(Cache);
}

void installSessionRoutes(httplib::Server &Server) {
  Server.Get("/session", handleSessionLookup);
}
