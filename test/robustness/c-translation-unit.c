// A C translation unit with hiredis and libpq: both checks work in C mode,
// with C's own release function in the notes.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c11 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>
#include <postgresql/libpq-fe.h>

// A connection per iteration.
void reconnectEachTime(void) {
  for (int I = 0; I < 3; ++I) {
    PGconn *Conn = PQconnectdb("dbname=app");
    // CHECK: :[[@LINE-1]]:20: warning: 'PQconnectdb' creates a new 'PGconn' on every iteration of this loop; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    PQfinish(Conn);
  }
}

// The early return leaks the context.
int leakOnError(void) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'leakOnError' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C->err)
    return 1;
  redisFree(C);
  return 0;
}
