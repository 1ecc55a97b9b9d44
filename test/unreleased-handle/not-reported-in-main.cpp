// Whatever main still holds when it returns ends with the process: nothing
// in main is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <cstdio>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>

// Control: the same code in a helper is reported.
static int check() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'check' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C == nullptr)
    return 1;
  if (C->err)
    return 2;
  redisFree(C);
  return 0;
}

int main(int Argc, char **Argv) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C == nullptr)
    return 1;
  if (C->err) {
    std::fprintf(stderr, "%s\n", C->errstr);
    return 1;
  }
  PGconn *Db = PQconnectdb(Argc > 1 ? Argv[1] : "dbname=shop");
  if (PQstatus(Db) != CONNECTION_OK)
    return 2;
  PQexec(Db, "SELECT 1");
  return check();
}
