// An early return hidden in a log-and-return macro leaks the handle: the
// note points at the macro's use, and no release is offered because the
// return is inside the macro.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <cstdio>
#include <cstdlib>
#include <libpq-fe.h>

#define LOG_AND_RETURN_UNLESS(Cond, Message)                                   \
  do {                                                                         \
    if (!(Cond)) {                                                             \
      std::fprintf(stderr, "%s\n", Message);                                   \
      return -1;                                                               \
    }                                                                          \
  } while (0)

// The macro returns when the connection failed.
int countOrders() {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:3: note: it leaks when 'countOrders' returns here
  // CHECK: :[[@LINE-9]]:7: note: expanded from macro 'LOG_AND_RETURN_UNLESS'
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  LOG_AND_RETURN_UNLESS(PQstatus(Db) == CONNECTION_OK, "cannot connect");
  PGresult *Result = PQexec(Db, "SELECT count(*) FROM orders");
  int Count = PQntuples(Result) == 1 ? std::atoi(PQgetvalue(Result, 0, 0)) : 0;
  PQclear(Result);
  PQfinish(Db);
  return Count;
}
