// When a per-call release is not a statement of its own (the body of an 'if'
// without braces, part of a larger expression), removing it would change the
// code around it: a note names the release's line and the file is left
// unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <postgresql/libpq-fe.h>

// The release is the body of an 'if' without braces.
static void releaseInIf(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'releaseInIf'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'releaseInIf' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: no automatic fix: its release on line [[@LINE+3]] is not a statement of its own
  redisCommand(C, "PING");
  if (C)
    redisFree(C);
}
static void registerReleaseInIf(httplib::Server &S) {
  S.Get("/a", releaseInIf);
}

// The release is one operand of a comma expression.
static void releaseInCommaExpression(const httplib::Request &,
                                     httplib::Response &Res) {
  PGconn *Conn = PQconnectdb("dbname=app");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' creates a new 'PGconn' on every call to 'releaseInCommaExpression'; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'releaseInCommaExpression' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:18: note: no automatic fix: its release on line [[@LINE+2]] is not a statement of its own
  PQclear(PQexec(Conn, "SELECT 1"));
  PQfinish(Conn), Res.status = 200;
}
static void registerReleaseInCommaExpression(httplib::Server &S) {
  S.Get("/b", releaseInCommaExpression);
}
