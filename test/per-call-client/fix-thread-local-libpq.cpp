// A libpq connection made and finished on every call is not thread-safe: a
// note offers a per-thread handle with PQfinish as deleter, applied only with
// --fix-notes; the per-call PQfinish is removed.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <httplib.h>
#include <postgresql/libpq-fe.h>

// A handler that runs one query on a new connection.
static void countUsers(const httplib::Request &, httplib::Response &Res) {
  PGconn *Conn = PQconnectdb("dbname=app");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' creates a new 'PGconn' on every call to 'countUsers'; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'countUsers' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:18: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  PGresult *Result = PQexec(Conn, "SELECT count(*) FROM users");
  Res.set_content(PQgetvalue(Result, 0, 0), "text/plain");
  PQclear(Result);
  PQfinish(Conn);
}
static void registerCountUsers(httplib::Server &S) {
  S.Get("/users", countUsers);
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}static PGconn *threadLocalPGconn() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<PGconn, decltype(&PQfinish)> Instance({{$}}
// FIXED-NEXT: {{^}}      PQconnectdb("dbname=app"), &PQfinish);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void countUsers(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  PGconn *Conn = threadLocalPGconn();{{$}}
// FIXED: {{^}}  PQclear(Result);{{$}}
// FIXED-NEXT: {{^}}}{{$}}
