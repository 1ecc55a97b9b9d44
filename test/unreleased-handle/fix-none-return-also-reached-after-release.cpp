// A return reached both with the handle held and after it was released
// gets no release: adding one there would release it twice on the other
// path. The warning and notes stay; --fix-notes changes nothing.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- \
// RUN:   -std=c++17 -I/usr/include/postgresql
// RUN: diff %s %t.cpp

#include <libpq-fe.h>

// Finished on one branch only; both branches reach the same return.
int refresh(bool Quick) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+7]]:3: note: it leaks when 'refresh' returns here
  // CHECK: :[[@LINE+3]]:5: note: it is released here only when the condition of this 'if' holds
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (Quick)
    PQfinish(Db);
  else
    PQclear(PQexec(Db, "REFRESH MATERIALIZED VIEW prices"));
  return 0;
}

// A goto that skips the cleanup label reaches the return the label falls
// into.
int archive(bool DryRun) {
  int Rc = -1;
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+10]]:3: note: it leaks when 'archive' returns here
  // CHECK: :[[@LINE-3]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (DryRun)
    goto out;
  if (PQstatus(Db) != CONNECTION_OK)
    goto done;
  Rc = 0;
done:
  PQfinish(Db);
out:
  return Rc;
}
