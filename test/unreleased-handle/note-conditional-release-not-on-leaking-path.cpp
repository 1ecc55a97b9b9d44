// The "released here only when" note is for a release that a leaking path
// skipped because of its 'if'. A release in an error branch that the
// leaking path never reaches gets no such note.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>

// The leak is the early return; the error branch below releases correctly.
int loadPrice(bool Cached) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'loadPrice' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'PQfinish' before that return
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (Cached)
    return 0;
  PGresult *Result = PQexec(Db, "SELECT price FROM items");
  if (PQresultStatus(Result) != PGRES_TUPLES_OK) {
    PQclear(Result);
    PQfinish(Db);
    return -1;
  }
  PQclear(Result);
  PQfinish(Db);
  return 1;
}

// A reconnect overwrites the failed context; the release under
// 'C == nullptr || C->err' is the error path of the new context.
bool pingOnce(const char *Host) {
  PGconn *Db = PQconnectdb(Host);
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:5: note: it leaks when 'Db' is overwritten here while it still holds it
  if (PQstatus(Db) != CONNECTION_OK)
    // Connects again without PQfinish(Db).
    Db = PQconnectdb(Host);
  if (Db == nullptr || PQstatus(Db) != CONNECTION_OK) {
    PQfinish(Db);
    return false;
  }
  PQfinish(Db);
  return true;
}

// Released on both branches of an if/else: neither release is conditional.
int archive(bool DryRun) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'archive' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'PQfinish' before that return
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (DryRun)
    return 0;
  if (PQstatus(Db) == CONNECTION_OK) {
    PQclear(PQexec(Db, "DELETE FROM orders WHERE age > 30"));
    PQfinish(Db);
  } else {
    PQfinish(Db);
  }
  return 1;
}
