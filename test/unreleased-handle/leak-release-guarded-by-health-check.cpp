// A PGconn finished only when it is healthy leaks when the connection
// failed: PQconnectdb returns a PGconn even then, and PQfinish is still
// needed. The notes point at the guarded release and say why.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>

// The release runs only when the status is CONNECTION_OK.
void recordVisit(const char *Page) {
  PGconn *Db = PQconnectdb("dbname=stats");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+9]]:1: note: it leaks when 'recordVisit' ends here
  // CHECK: :[[@LINE+6]]:5: note: it is released here only when the condition of this 'if' holds
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (PQstatus(Db) == CONNECTION_OK) {
    const char *Params[] = {Page};
    PQclear(PQexecParams(Db, "INSERT INTO visits VALUES ($1)", 1, nullptr,
                         Params, nullptr, nullptr, 0));
    PQfinish(Db);
  }
}

// Control: the health check guards the query only, and the release runs on
// every path.
void recordVisitAlwaysFinished(const char *Page) {
  PGconn *Db = PQconnectdb("dbname=stats");
  if (PQstatus(Db) == CONNECTION_OK) {
    const char *Params[] = {Page};
    PQclear(PQexecParams(Db, "INSERT INTO visits VALUES ($1)", 1, nullptr,
                         Params, nullptr, nullptr, 0));
  }
  PQfinish(Db);
}
