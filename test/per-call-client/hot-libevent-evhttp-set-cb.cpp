// A function registered with evhttp_set_cb runs once per HTTP request: a
// libpqxx connection made in it is made for every request.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <event2/http.h>
#include <pqxx/pqxx>

// The order handler connects to PostgreSQL for every request.
static void handleOrders(struct evhttp_request *Req, void *) {
  pqxx::connection Db("dbname=shop");
  // CHECK: :[[@LINE-1]]:20: warning: 'pqxx::connection' is constructed on every call to 'handleOrders'; each construction opens a new PostgreSQL connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'handleOrders' is registered with 'evhttp_set_cb' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:20: note: 'pqxx::connection' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  Db.prepare("count_orders", "SELECT count(*) FROM orders");
  evhttp_send_reply(Req, HTTP_OK, "OK", nullptr);
}

void installOrderRoutes(struct evhttp *Http) {
  evhttp_set_cb(Http, "/orders", handleOrders, nullptr);
}
