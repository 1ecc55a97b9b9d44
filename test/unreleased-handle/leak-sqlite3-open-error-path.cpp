// sqlite3_open hands back a connection through its out-parameter even when
// it fails, and sqlite3_close is still needed: returning on the error code
// leaks it.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

// The error message is printed, the connection is not closed.
int countRows(const char *Path) {
  sqlite3 *Db = nullptr;
  if (sqlite3_open(Path, &Db) != SQLITE_OK) {
    // CHECK: :[[@LINE-1]]:7: warning: 'sqlite3_open' acquires a 'sqlite3' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+4]]:5: note: it leaks when 'countRows' returns here
    // CHECK: :[[@LINE-3]]:7: note: release it with 'sqlite3_close' before that return
    // CHECK: :[[@LINE-4]]:7: note: 'sqlite3_open' gives a 'sqlite3' even when it fails; it must be released on error paths too (with 'sqlite3_close')
    std::fprintf(stderr, "%s\n", sqlite3_errmsg(Db));
    return -1;
  }
  int Rows = 0;
  sqlite3_exec(
      Db, "SELECT count(*) FROM t",
      [](void *Out, int, char **Values, char **) {
        *static_cast<int *>(Out) = std::atoi(Values[0]);
        return 0;
      },
      &Rows, nullptr);
  sqlite3_close(Db);
  return Rows;
}

// Control: closed on the error path too.
int countRowsClosed(const char *Path) {
  sqlite3 *Db = nullptr;
  if (sqlite3_open_v2(Path, &Db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(Db);
    return -1;
  }
  sqlite3_close(Db);
  return 0;
}
