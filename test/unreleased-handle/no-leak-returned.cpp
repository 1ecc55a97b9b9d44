// A handle returned to the caller is handed over, on the paths that return
// it; paths that release it first are fine too.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <libpq-fe.h>

// Returned directly.
PGconn *openShop() { return PQconnectdb("dbname=shop"); }

// Returned after the error path freed it.
redisContext *openCache() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C != nullptr && C->err) {
    redisFree(C);
    return nullptr;
  }
  return C;
}

// Returned through a second local.
PGconn *openChecked() {
  PGconn *Db = PQconnectdb("dbname=shop");
  PGconn *Result = nullptr;
  if (PQstatus(Db) == CONNECTION_OK)
    Result = Db;
  else
    PQfinish(Db);
  return Result;
}

// Control: returning something else loses it.
int openAndForget() {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+2]]:3: note: it leaks when 'openAndForget' returns here
  // (no failure note: the function never releases it)
  return PQstatus(Db) == CONNECTION_OK ? 0 : -1;
}
