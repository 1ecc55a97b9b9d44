// Hotness spreads through recursive and mutually recursive calls and stops:
// each function is reported once, with the shortest chain of calls.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <postgresql/libpq-fe.h>

// A self-recursive retry helper called from a handler.
static bool connectWithRetries(int Attempts) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'connectWithRetries'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+37]]:3: note: 'connectWithRetries' is called by 'handleWithRecursion' here
  // CHECK: :[[@LINE+42]]:3: note: 'handleWithRecursion' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-4]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  bool Ok = C && !C->err;
  redisFree(C);
  if (!Ok && Attempts > 0)
    return connectWithRetries(Attempts - 1);
  return Ok;
}

// Two mutually recursive helpers; the handler enters the cycle at the second.
static void walkOdd(int Depth);
static void walkEven(int Depth) {
  PGconn *Conn = PQconnectdb("dbname=tree");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' creates a new 'PGconn' on every call to 'walkEven'; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+10]]:5: note: 'walkEven' is called by 'walkOdd' here
  // CHECK: :[[@LINE+22]]:3: note: 'walkOdd' is called by 'handleWithRecursion' here
  // CHECK: :[[@LINE+26]]:3: note: 'handleWithRecursion' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-5]]:18: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  PQfinish(Conn);
  if (Depth > 0)
    walkOdd(Depth - 1);
}
static void walkOdd(int Depth) {
  if (Depth > 0)
    walkEven(Depth - 1);
}

// The handler is itself part of a cycle: it is called back by its helper.
static void handleWithRecursion(const httplib::Request &Req,
                                httplib::Response &Res);
static void forwardBack(const httplib::Request &Req, httplib::Response &Res) {
  if (Req.has_param("again"))
    handleWithRecursion(Req, Res);
}
static void handleWithRecursion(const httplib::Request &Req,
                                httplib::Response &Res) {
  connectWithRetries(3);
  walkOdd(4);
  forwardBack(Req, Res);
}

void installRecursiveRoutes(httplib::Server &Server) {
  Server.Get("/walk", handleWithRecursion);
}
