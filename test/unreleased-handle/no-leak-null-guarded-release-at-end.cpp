// 'if (C) release(C);' as the last statement releases the handle on every
// path where there is one: on the other branch the acquisition gave NULL.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <libpq-fe.h>

// The common guard before a release at the end of a function.
void touch() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C && !C->err)
    freeReplyObject(redisCommand(C, "INCR touched"));
  if (C)
    redisFree(C);
}

// The same with an explicit comparison.
void touchDb() {
  PGconn *Db = PQconnectdb("dbname=stats");
  PQclear(PQexec(Db, "UPDATE stats SET touched = now()"));
  if (Db != nullptr)
    PQfinish(Db);
}

// nullptr on the left.
void touchDbReversed() {
  PGconn *Db = PQconnectdb("dbname=stats");
  PQclear(PQexec(Db, "UPDATE stats SET touched = now()"));
  if (nullptr != Db)
    PQfinish(Db);
}

// Control: an early return before the release is still a leak.
void touchUnlessQuick(bool Quick) {
  PGconn *Db = PQconnectdb("dbname=stats");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'touchUnlessQuick' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'PQfinish' before that return
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (Quick)
    return;
  PQclear(PQexec(Db, "UPDATE stats SET touched = now()"));
  PQfinish(Db);
}
