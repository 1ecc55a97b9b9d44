// An acquisition whose result is thrown away can never be released: the
// warning says so and has no notes.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <libpq-fe.h>

// A connection opened only to see whether the server answers.
void warmUp() {
  redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:3: warning: 'redisConnect' acquires a 'redisContext' that is never stored, so nothing can release it [resource-unreleased-handle]
}

// The result of a command is a PGresult that must be cleared.
void touch(PGconn *Db) {
  PQexec(Db, "UPDATE stats SET touched = now()");
  // CHECK: :[[@LINE-1]]:3: warning: 'PQexec' acquires a 'PGresult' that is never stored, so nothing can release it [resource-unreleased-handle]
  (void)PQexec(Db, "VACUUM");
  // CHECK: :[[@LINE-1]]:9: warning: 'PQexec' acquires a 'PGresult' that is never stored, so nothing can release it [resource-unreleased-handle]
}

// Control: released in the same expression.
void touchCleared(PGconn *Db) {
  PQclear(PQexec(Db, "UPDATE stats SET touched = now()"));
}
