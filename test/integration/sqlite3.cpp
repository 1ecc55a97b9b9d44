// SQLite's C API against Debian's headers and libsqlite3: a database opened
// for every line of a log, one lost when sqlite3_open fails (sqlite3_close is
// needed even then), and silent shapes. The fixed file compiles and links
// against libsqlite3; the per-line open remains: a handle made through an
// out-parameter gets no shared accessor.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{sqlite3} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{sqlite3} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{sqlite3} %t.cpp -o %t.exe %libs{sqlite3}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{sqlite3} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <vector>

static const char *const DatabasePath = "/tmp/resource-tidy-integ.db";

// Per line: every log line opens the database file again.
void appendLog(const std::vector<std::string> &Lines) {
  for (const std::string &Line : Lines) {
    sqlite3 *Db = nullptr;
    sqlite3_open_v2(DatabasePath, &Db,
                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
                    // CHECK: :[[@LINE-2]]:5: warning: 'sqlite3_open_v2' creates a new 'sqlite3' on every iteration of this loop; each one opens the database file again and starts with an empty page cache and no prepared statements [resource-per-call-client]
                    // CHECK: :[[@LINE-5]]:3: note: the loop that repeats it starts here
                    // CHECK: :[[@LINE-4]]:5: note: no automatic fix: it is returned through an out-parameter
    sqlite3_stmt *Insert = nullptr;
    sqlite3_prepare_v2(Db, "INSERT INTO log VALUES (?)", -1, &Insert, nullptr);
    sqlite3_bind_text(Insert, 1, Line.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(Insert);
    sqlite3_finalize(Insert);
    sqlite3_close(Db);
  }
}

// Missing release: a failed open still leaves a handle to close.
int countLog() {
  sqlite3 *Db;
  if (sqlite3_open(DatabasePath, &Db) != SQLITE_OK)
    return -1;
    // CHECK: :[[@LINE-2]]:7: warning: 'sqlite3_open' acquires a 'sqlite3' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE-2]]:5: note: it leaks when 'countLog' returns here
    // CHECK: :[[@LINE-4]]:7: note: release it with 'sqlite3_close' before that return
    // CHECK: :[[@LINE-5]]:7: note: 'sqlite3_open' gives a 'sqlite3' even when it fails; it must be released on error paths too (with 'sqlite3_close')
  sqlite3_stmt *Count = nullptr;
  int Rows = -1;
  if (sqlite3_prepare_v2(Db, "SELECT count(*) FROM log", -1, &Count,
                         nullptr) == SQLITE_OK &&
      sqlite3_step(Count) == SQLITE_ROW)
    Rows = sqlite3_column_int(Count, 0);
  sqlite3_finalize(Count);
  sqlite3_close(Db);
  return Rows;
}

// Negative: one database for the whole log, closed on every path.
int appendLogShared(const std::vector<std::string> &Lines) {
  sqlite3 *Db = nullptr;
  if (sqlite3_open(DatabasePath, &Db) != SQLITE_OK) {
    sqlite3_close(Db);
    return -1;
  }
  for (const std::string &Line : Lines)
    sqlite3_exec(Db, Line.c_str(), nullptr, nullptr, nullptr);
  sqlite3_close(Db);
  return 0;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    appendLog({"started"});
    std::printf("%d %d\n", countLog(), appendLogShared({"SELECT 1"}));
  }
}

// FIXED: {{^}}    { sqlite3_close(Db); return -1; }{{$}}

// REFIXED: .cpp:{{[0-9]+}}:5: warning: 'sqlite3_open_v2' creates a new 'sqlite3' on every iteration of this loop; each one opens the database file again and starts with an empty page cache and no prepared statements [resource-per-call-client]
// REFIXED: .cpp:{{[0-9]+}}:3: note: the loop that repeats it starts here
// REFIXED: .cpp:{{[0-9]+}}:5: note: no automatic fix: it is returned through an out-parameter
