// A get-or-create that drops a failed connection runs again on every call
// while the server is down, and leaks a connection each time: unlike a
// static, call_once or thread_local initialiser it is not made once, so it
// is checked like any other code.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>

static PGconn *Shared;

// The failed connection is neither finished nor stored.
PGconn *sharedConnection() {
  if (!Shared) {
    PGconn *Db = PQconnectdb("dbname=shop");
    // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+4]]:7: note: it leaks when 'sharedConnection' returns here
    // CHECK: :[[@LINE-3]]:18: note: release it with 'PQfinish' before that return
    // (no failure note: the function never releases it)
    if (PQstatus(Db) != CONNECTION_OK)
      return nullptr;
    Shared = Db;
  }
  return Shared;
}
