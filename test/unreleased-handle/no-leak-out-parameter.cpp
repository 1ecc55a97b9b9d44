// A handle written through an out-parameter (a pointer or a reference to a
// pointer) is the caller's: nothing is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <sqlite3.h>

// Written through a pointer parameter.
bool openCache(redisContext **Out) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C == nullptr)
    return false;
  if (C->err) {
    redisFree(C);
    return false;
  }
  *Out = C;
  return true;
}

// Written through a reference to a pointer.
bool openShop(PGconn *&Out) {
  PGconn *Db = PQconnectdb("dbname=shop");
  if (PQstatus(Db) != CONNECTION_OK) {
    PQfinish(Db);
    return false;
  }
  Out = Db;
  return true;
}

// The library's out-parameter is the caller's out-parameter.
int openDatabase(const char *Path, sqlite3 **Out) {
  return sqlite3_open(Path, Out);
}

// Control: the out-parameter is cleared and the handle is lost.
bool openCacheForgotten(redisContext **Out) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:3: note: it leaks when 'openCacheForgotten' returns here
  // (no failure note: the function never releases it)
  *Out = nullptr;
  return C != nullptr;
}
