// When every leak is a return, one note carries the release to insert
// before each of them; --fix-notes applies it, the result compiles and the
// check finds nothing more. Without --fix-notes nothing changes.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <cstdio>
#include <hiredis/hiredis.h>
#include <sqlite3.h>
#include <string>

// Three error returns after the NULL test leak the context.
int readCounter(const std::string &Key) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+9]]:5: note: it leaks when 'readCounter' returns here
  // CHECK: :[[@LINE+13]]:5: note: it leaks when 'readCounter' returns here
  // CHECK: :[[@LINE+17]]:5: note: it leaks when 'readCounter' returns here
  // CHECK: :[[@LINE-5]]:21: note: release it with 'redisFree' before each return
  // CHECK: :[[@LINE-6]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C == nullptr)
    return -1;
  if (C->err) {
    std::fprintf(stderr, "%s\n", C->errstr);
    return -1;
  }
  auto *Reply =
      static_cast<redisReply *>(redisCommand(C, "GET %s", Key.c_str()));
  if (Reply == nullptr) {
    return -2;
  }
  int Value = Reply->type == REDIS_REPLY_INTEGER ? int(Reply->integer) : 0;
  freeReplyObject(Reply);
  if (Value < 0)
    return -3;
  redisFree(C);
  return Value;
}

// sqlite3_open's error path gets sqlite3_close.
int openForReading(const char *Path) {
  sqlite3 *Db = nullptr;
  if (sqlite3_open_v2(Path, &Db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    // CHECK: :[[@LINE-1]]:7: warning: 'sqlite3_open_v2' acquires a 'sqlite3' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+4]]:5: note: it leaks when 'openForReading' returns here
    // CHECK: :[[@LINE-3]]:7: note: release it with 'sqlite3_close' before that return
    // CHECK: :[[@LINE-4]]:7: note: 'sqlite3_open_v2' gives a 'sqlite3' even when it fails; it must be released on error paths too (with 'sqlite3_close')
    std::fprintf(stderr, "%s\n", sqlite3_errmsg(Db));
    return -1;
  }
  int Changes = sqlite3_total_changes(Db);
  sqlite3_close(Db);
  return Changes;
}

// FIXED: {{^}}  if (C->err) {{{$}}
// FIXED-NEXT: {{^}}    std::fprintf(stderr, "%s\n", C->errstr);{{$}}
// FIXED-NEXT: {{^}}    redisFree(C);{{$}}
// FIXED-NEXT: {{^}}    return -1;{{$}}
// FIXED: {{^}}  if (Reply == nullptr) {{{$}}
// FIXED-NEXT: {{^}}    redisFree(C);{{$}}
// FIXED-NEXT: {{^}}    return -2;{{$}}
// FIXED: {{^}}  if (Value < 0){{$}}
// FIXED-NEXT: {{^}}    { redisFree(C); return -3; }{{$}}
// FIXED: {{^}}    std::fprintf(stderr, "%s\n", sqlite3_errmsg(Db));{{$}}
// FIXED-NEXT: {{^}}    sqlite3_close(Db);{{$}}
// FIXED-NEXT: {{^}}    return -1;{{$}}
