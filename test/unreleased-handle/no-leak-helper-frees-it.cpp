// A handle passed to a user function whose body releases it (or keeps it)
// is ended there: the caller does not leak it. Nothing is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <cstdio>
#include <libpq-fe.h>
#include <vector>

// Logs the error and finishes the connection.
static void closeWithError(PGconn *Db) {
  std::fprintf(stderr, "%s\n", PQerrorMessage(Db));
  PQfinish(Db);
}

static std::vector<PGconn *> Idle;

// Keeps the connection for later.
static void giveBack(PGconn *Db) { Idle.push_back(Db); }

// The error path hands the connection to the helper that finishes it.
int countSessions() {
  PGconn *Db = PQconnectdb("dbname=shop");
  if (PQstatus(Db) != CONNECTION_OK) {
    closeWithError(Db);
    return -1;
  }
  PGresult *Result = PQexec(Db, "SELECT count(*) FROM sessions");
  int Count = PQntuples(Result);
  PQclear(Result);
  giveBack(Db);
  return Count;
}

// Control: a helper that only reads the connection does not end it.
static void logStatus(PGconn *Db) {
  std::fprintf(stderr, "%d\n", static_cast<int>(PQstatus(Db)));
}
void logOnly() {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+2]]:1: note: it leaks when 'logOnly' ends here
  logStatus(Db);
}
