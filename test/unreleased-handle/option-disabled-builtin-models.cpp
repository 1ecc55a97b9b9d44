// The shared model options are read with getLocalOrGlobal: a global
// DisabledBuiltinModels switches the hiredis model off for every resource-*
// check, and a check-local entry overrides the global one.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s \
// RUN:   -config='{CheckOptions: {DisabledBuiltinModels: hiredis}}' \
// RUN:   -- -std=c++17 -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --check-prefix=GLOBAL --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s \
// RUN:   -config='{CheckOptions: {DisabledBuiltinModels: hiredis, resource-unreleased-handle.DisabledBuiltinModels: libpq}}' \
// RUN:   -- -std=c++17 -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --check-prefix=LOCAL --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <libpq-fe.h>

// Leaks a hiredis context when the key is empty.
int cacheCount(const char *Key) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // LOCAL: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // LOCAL: :[[@LINE+4]]:5: note: it leaks when 'cacheCount' returns here
  // LOCAL: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // LOCAL: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (*Key == '\0')
    return 0;
  freeReplyObject(redisCommand(C, "INCR %s", Key));
  redisFree(C);
  return 1;
}

// Leaks a libpq connection when the key is empty.
int dbCount(const char *Key) {
  PGconn *Db = PQconnectdb("dbname=stats");
  // GLOBAL: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // GLOBAL: :[[@LINE+4]]:5: note: it leaks when 'dbCount' returns here
  // GLOBAL: :[[@LINE-3]]:16: note: release it with 'PQfinish' before that return
  // GLOBAL: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (*Key == '\0')
    return 0;
  PQfinish(Db);
  return 1;
}
