// A local taken from an accessor that returns a static connection is that
// static connection: finishing it in a helper that an HTTP handler calls
// closes it for every other request. The notes show each call of the chain
// and the static the accessor returns.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <httplib.h>
#include <libpq-fe.h>

// The process's one connection, opened on first use.
static PGconn *shopDb() {
  static PGconn *Db = PQconnectdb("dbname=shop");
  return Db;
}

// Commits, then finishes the connection that every request shares.
static void commitOrder(int OrderId) {
  PGconn *Conn = shopDb();
  PQclear(PQexec(Conn, "COMMIT"));
  PQfinish(Conn);
  // CHECK: :[[@LINE-1]]:3: warning: 'PQfinish' closes the shared 'Db' on every call to 'commitOrder'; other callers may still be using it [resource-shared-client-close]
  // CHECK: :[[@LINE+6]]:3: note: 'commitOrder' is called by 'handleCheckout' here
  // CHECK: :[[@LINE+10]]:3: note: 'handleCheckout' is registered with 'httplib::Server::Post' here as an HTTP request handler
  // CHECK: :[[@LINE-12]]:18: note: 'Db' is shared by the whole process; the accessor returns it
}

static void handleCheckout(const httplib::Request &, httplib::Response &Res) {
  commitOrder(42);
  Res.set_content("ok", "text/plain");
}

void installShopRoutes(httplib::Server &Server) {
  Server.Post("/checkout", handleCheckout);
}
