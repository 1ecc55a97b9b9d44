// A pqxx::connection object made on every call is not thread-safe: a note
// offers a per-thread connection object, applied only with --fix-notes; the
// local becomes a reference to it.
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
#include <pqxx/pqxx>

// The connection is only asked for its database name.
static void databaseName(const httplib::Request &, httplib::Response &Res) {
  pqxx::connection Conn("dbname=app");
  // CHECK: :[[@LINE-1]]:20: warning: 'pqxx::connection' is constructed on every call to 'databaseName'; each construction opens a new PostgreSQL connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'databaseName' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:20: note: 'pqxx::connection' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  Res.set_content(Conn.dbname(), "text/plain");
}
static void registerDatabaseName(httplib::Server &S) {
  S.Get("/db", databaseName);
}

// A transaction is opened on the connection.
static void countUsers(const httplib::Request &, httplib::Response &Res) {
  pqxx::connection Conn("dbname=app");
  // CHECK: :[[@LINE-1]]:20: warning: 'pqxx::connection' is constructed on every call to 'countUsers'; each construction opens a new PostgreSQL connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'countUsers' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:20: note: 'pqxx::connection' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  pqxx::work Tx(Conn);
  Res.set_content(Tx.exec1("SELECT count(*) FROM users")[0].c_str(),
                  "text/plain");
  Tx.commit();
}
static void registerCountUsers(httplib::Server &S) {
  S.Get("/users", countUsers);
}

// FIXED: {{^}}// One 'pqxx::connection' per thread, reused by every call on that thread.{{$}}
// FIXED-NEXT: {{^}}static pqxx::connection &threadLocalConnection() {{{$}}
// FIXED-NEXT: {{^}}  thread_local pqxx::connection Instance("dbname=app");{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void databaseName(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  pqxx::connection &Conn = threadLocalConnection();{{$}}
// FIXED: {{^}}static void countUsers(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  pqxx::connection &Conn = threadLocalConnection();{{$}}
// FIXED: {{^}}  pqxx::work Tx(Conn);{{$}}
