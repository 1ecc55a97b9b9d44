// The C idiom of jumping to one cleanup label releases the handle on every
// path: nothing is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>

// Every error jumps to 'done', which finishes the connection.
int archiveOrders(int Days) {
  int Rc = -1;
  PGresult *Result = nullptr;
  PGconn *Db = PQconnectdb("dbname=shop");
  if (PQstatus(Db) != CONNECTION_OK)
    goto done;
  Result = PQexec(Db, "BEGIN");
  if (PQresultStatus(Result) != PGRES_COMMAND_OK)
    goto done;
  PQclear(Result);
  Result = PQexec(Db, "DELETE FROM orders WHERE age > 30");
  if (Days > 0 && PQresultStatus(Result) != PGRES_COMMAND_OK)
    goto done;
  Rc = 0;
done:
  PQclear(Result);
  PQfinish(Db);
  return Rc;
}

// Control: a return before the first jump skips the label's release.
int archiveOrdersUnlessDryRun(bool DryRun) {
  int Rc = -1;
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'archiveOrdersUnlessDryRun' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'PQfinish' before that return
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (DryRun)
    return 0;
  if (PQstatus(Db) != CONNECTION_OK)
    goto done;
  Rc = 0;
done:
  PQfinish(Db);
  return Rc;
}
