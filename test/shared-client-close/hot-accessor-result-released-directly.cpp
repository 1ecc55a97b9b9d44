// The client an accessor returns is the accessor's static whether or not it
// goes through a local first: releasing the accessor's result directly in a
// handler closes the shared context as surely as releasing a local copy.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>
#include <httplib.h>

// The session store every request uses, connected on first use.
static redisContext *sessionStore() {
  static redisContext *Store = redisConnect("127.0.0.1", 6379);
  return Store;
}

// Deletes the session, then frees the store every request shares.
static void handleLogout(const httplib::Request &Req, httplib::Response &Res) {
  freeReplyObject(
      redisCommand(sessionStore(), "DEL session:%s", Req.body.c_str()));
  redisFree(sessionStore());
  // CHECK: :[[@LINE-1]]:3: warning: 'redisFree' closes the shared 'Store' on every call to 'handleLogout'; other callers may still be using it [resource-shared-client-close]
  // CHECK: :[[@LINE+6]]:3: note: 'handleLogout' is registered with 'httplib::Server::Post' here as an HTTP request handler
  // CHECK: :[[@LINE-11]]:24: note: 'Store' is shared by the whole process; the accessor returns it
  Res.status = 204;
}

void installLogout(httplib::Server &Server) {
  Server.Post("/logout", handleLogout);
}
