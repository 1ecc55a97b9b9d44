// Paths that end in exit(), abort() or another noreturn function end the
// process; a handle still held there is not a leak.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <cstdio>
#include <cstdlib>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>

[[noreturn]] void fatal(const char *Message);

// exit() on a failed connection, abort() on an impossible state.
void migrate(bool Strict) {
  PGconn *Db = PQconnectdb("dbname=shop");
  if (PQstatus(Db) != CONNECTION_OK) {
    std::fprintf(stderr, "%s\n", PQerrorMessage(Db));
    std::exit(1);
  }
  if (Strict && PQserverVersion(Db) < 120000)
    std::abort();
  PQclear(PQexec(Db, "ALTER TABLE orders ADD COLUMN note text"));
  PQfinish(Db);
}

// A user function declared noreturn.
void warmCache() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C == nullptr || C->err)
    fatal("cannot reach the cache");
  freeReplyObject(redisCommand(C, "PING"));
  redisFree(C);
}

// Control: a plain return on the same path leaks.
void warmCacheOrReturn() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'warmCacheOrReturn' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C == nullptr || C->err)
    return;
  freeReplyObject(redisCommand(C, "PING"));
  redisFree(C);
}
