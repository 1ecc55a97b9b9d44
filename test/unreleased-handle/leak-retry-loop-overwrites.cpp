// A retry loop that connects again into the same variable without
// finishing the failed attempt loses it; the note points at the assignment
// that overwrites it.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>

// Each failed attempt is overwritten by the next one.
PGconn *connectWithRetry(int Attempts) {
  PGconn *Db = nullptr;
  for (int I = 0; I < Attempts; ++I) {
    Db = PQconnectdb("dbname=shop connect_timeout=2");
    // CHECK: :[[@LINE-1]]:10: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE-2]]:5: note: it leaks when 'Db' is overwritten here while it still holds it
    if (PQstatus(Db) == CONNECTION_OK)
      break;
  }
  return Db;
}

// Control: the failed attempt is finished before the next one.
PGconn *connectWithRetryFinished(int Attempts) {
  PGconn *Db = nullptr;
  for (int I = 0; I < Attempts; ++I) {
    Db = PQconnectdb("dbname=shop connect_timeout=2");
    if (PQstatus(Db) == CONNECTION_OK)
      break;
    PQfinish(Db);
    Db = nullptr;
  }
  return Db;
}
