// A leaking return that is the whole body of an 'if' or a loop gets braces
// around the added release, so the release runs only on that path.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- \
// RUN:   -std=c++17 -I/usr/include/postgresql
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only -I/usr/include/postgresql %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.cpp -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags | count 0

#include <libpq-fe.h>

// 'if (x) return;' on one line, and a return as a loop's body.
bool refreshPrices(bool Quick, int Attempts) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:14: note: it leaks when 'refreshPrices' returns here
  // CHECK: :[[@LINE+6]]:7: note: it leaks when 'refreshPrices' returns here
  // CHECK: :[[@LINE-4]]:16: note: release it with 'PQfinish' before each return
  // CHECK: :[[@LINE-5]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (Quick) return false;
  for (int I = 0; I < Attempts; ++I)
    if (PQstatus(Db) != CONNECTION_OK)
      return false;
  PQclear(PQexec(Db, "REFRESH MATERIALIZED VIEW prices"));
  PQfinish(Db);
  return true;
}

// An 'else' branch that is only a return.
int priceCount(bool Cached) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+7]]:5: note: it leaks when 'priceCount' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'PQfinish' before that return
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  int Count = 0;
  if (!Cached)
    PQclear(PQexec(Db, "ANALYZE prices"));
  else
    return -1;
  PQfinish(Db);
  return Count;
}

// FIXED: {{^}}  if (Quick) { PQfinish(Db); return false; }{{$}}
// FIXED-NEXT: {{^}}  for (int I = 0; I < Attempts; ++I){{$}}
// FIXED-NEXT: {{^}}    if (PQstatus(Db) != CONNECTION_OK){{$}}
// FIXED-NEXT: {{^}}      { PQfinish(Db); return false; }{{$}}
// FIXED: {{^}}  else{{$}}
// FIXED-NEXT: {{^}}    { PQfinish(Db); return -1; }{{$}}
