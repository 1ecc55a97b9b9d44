// SQLiteC++ against Debian's headers and libSQLiteCpp: a SQLite::Database
// opened in every call of a handler through a function template, one made
// with new and lost on an error path, and silent shapes. The fixed file
// compiles, links against libSQLiteCpp and libsqlite3 and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{sqlitecpp} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{sqlitecpp} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{sqlitecpp} %t.cpp -o %t.exe \
// RUN:   %libs{sqlitecpp}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{sqlitecpp} \
// RUN:   | %diags | count 0

#include <SQLiteCpp/SQLiteCpp.h>

#include <iostream>
#include <string>
#include <vector>

static const char *const DatabasePath = "/tmp/resource-tidy-integ.db";

// Per item: every item opens the database file again.
template <typename Item> int countKnown(const std::vector<Item> &Items) {
  int Known = 0;
  for (const Item &I : Items) {
    SQLite::Database Db(DatabasePath, SQLite::OPEN_READONLY);
    // CHECK: :[[@LINE-1]]:22: warning: 'SQLite::Database' is constructed on every iteration of this loop; each construction opens the database file again and starts with an empty page cache and no prepared statements [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:22: note: 'SQLite::Database' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    SQLite::Statement Query(Db, "SELECT count(*) FROM items WHERE name = ?");
    Query.bind(1, I);
    if (Query.executeStep())
      Known += Query.getColumn(0).getInt();
  }
  return Known;
}

// Missing release: the heap database is lost when the table is missing.
SQLite::Database *openLog() {
  auto *Db = new SQLite::Database(DatabasePath, SQLite::OPEN_READWRITE |
                                                    SQLite::OPEN_CREATE);
                                                    // CHECK: :[[@LINE-2]]:18: warning: 'new' acquires a 'SQLite::Database' that is not released on every path [resource-unreleased-handle]
                                                    // CHECK: :[[@LINE+3]]:5: note: it leaks when 'openLog' returns here
                                                    // CHECK: :[[@LINE-4]]:18: note: release it with 'delete' before that return
  if (!Db->tableExists("log"))
    return nullptr;
  return Db;
}

// Negative: one database for all items.
int countKnownShared(const std::vector<std::string> &Items) {
  SQLite::Database Db(DatabasePath, SQLite::OPEN_READONLY);
  SQLite::Statement Query(Db, "SELECT count(*) FROM items WHERE name = ?");
  int Known = 0;
  for (const std::string &I : Items) {
    Query.reset();
    Query.bind(1, I);
    if (Query.executeStep())
      Known += Query.getColumn(0).getInt();
  }
  return Known;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    std::vector<std::string> Items = {"tea"};
    std::cout << countKnown(Items) << countKnownShared(Items) << "\n";
    delete openLog();
  }
}

// FIXED: {{^}}// One 'SQLite::Database' per thread, reused by every call on that thread.{{$}}
// FIXED-NEXT: {{^}}static SQLite::Database &threadLocalDatabase() {{{$}}
// FIXED-NEXT: {{^}}  thread_local SQLite::Database Instance(DatabasePath, SQLite::OPEN_READONLY);{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    SQLite::Database &Db = threadLocalDatabase();{{$}}
// FIXED: {{^}}    { delete Db; return nullptr; }{{$}}
