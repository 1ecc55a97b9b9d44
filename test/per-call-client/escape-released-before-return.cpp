// A connection released on every path before the function returns does not
// escape, even when the function returns something: it is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <postgresql/libpq-fe.h>
#include <string>

// The helper returns a value computed before the release.
static bool isReachable() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'isReachable'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+9]]:7: note: 'isReachable' is called by 'health' here
  // CHECK: :[[@LINE+12]]:3: note: 'health' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  bool Ok = C && !C->err;
  redisFree(C);
  return Ok;
}

static void health(const httplib::Request &, httplib::Response &Res) {
  if (isReachable())
    Res.set_content("ok", "text/plain");
}
static void registerHealth(httplib::Server &S) {
  S.Get("/health", health);
}

// The connection is released on the early-return path and at the end.
static void query(const httplib::Request &, httplib::Response &Res) {
  PGconn *Conn = PQconnectdb("dbname=app");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' creates a new 'PGconn' on every call to 'query'; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+13]]:3: note: 'query' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:18: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  if (PQstatus(Conn) != CONNECTION_OK) {
    PQfinish(Conn);
    Res.status = 503;
    return;
  }
  PGresult *Result = PQexec(Conn, "SELECT 1");
  Res.set_content(PQgetvalue(Result, 0, 0), "text/plain");
  PQclear(Result);
  PQfinish(Conn);
}
static void registerQuery(httplib::Server &S) {
  S.Get("/query", query);
}
