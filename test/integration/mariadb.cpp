// MariaDB Connector/C against Debian's headers and libmariadb: a connection
// for every row of an import, one lost when mysql_real_connect fails
// (mysql_close is needed even then), and silent shapes. The fixed file
// compiles and links against libmariadb; the per-row connection remains: it
// is connected by mysql_real_connect after mysql_init, so a shared handle
// would be connected again on every row, and no rewrite is offered.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{mariadb} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{mariadb} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{mariadb} %t.cpp -o %t.exe %libs{mariadb}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{mariadb} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <mysql.h>

#include <cstdio>
#include <string>
#include <vector>

#define DB_HOST "127.0.0.1"
#define DB_USER "app"

// Per row: every row of the import connects and logs in again.
void importRows(const std::vector<std::string> &Rows) {
  for (const std::string &Row : Rows) {
    MYSQL *Db = mysql_init(nullptr);
    // CHECK: :[[@LINE-1]]:17: warning: 'mysql_init' creates a new 'MYSQL' on every iteration of this loop; each one allocates a connection handle that is then connected and authenticated anew [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:17: note: no automatic fix: it is connected with 'mysql_real_connect' after it is made, which would connect the shared one again on every call
    if (mysql_real_connect(Db, DB_HOST, DB_USER, nullptr, "app", 3306, nullptr,
                           0) != nullptr)
      mysql_query(Db, Row.c_str());
    mysql_close(Db);
  }
}

// Missing release: the handle from mysql_init is lost when connecting fails.
long countRows(const char *Table) {
  MYSQL *Db = mysql_init(nullptr);
  // CHECK: :[[@LINE-1]]:15: warning: 'mysql_init' acquires a 'MYSQL' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+7]]:5: note: it leaks when 'countRows' returns here
  // CHECK: :[[@LINE-3]]:15: note: release it with 'mysql_close' before that return
  // CHECK: :[[@LINE-4]]:15: note: 'mysql_init' gives a 'MYSQL' even when it fails; it must be released on error paths too (with 'mysql_close')
  if (Db == nullptr)
    return -1;
  if (!mysql_real_connect(Db, DB_HOST, DB_USER, nullptr, "app", 3306, nullptr,
                          0))
    return -1;
  std::string Query = std::string("SELECT count(*) FROM ") + Table;
  long Count = -1;
  if (mysql_query(Db, Query.c_str()) == 0) {
    MYSQL_RES *Res = mysql_store_result(Db);
    MYSQL_ROW Row = Res ? mysql_fetch_row(Res) : nullptr;
    if (Row != nullptr)
      Count = std::atol(Row[0]);
    mysql_free_result(Res);
  }
  mysql_close(Db);
  return Count;
}

// Negative: one connection for the import, closed on every path.
bool importRowsShared(const std::vector<std::string> &Rows) {
  MYSQL *Db = mysql_init(nullptr);
  if (!mysql_real_connect(Db, DB_HOST, DB_USER, nullptr, "app", 3306, nullptr,
                          0)) {
    mysql_close(Db);
    return false;
  }
  for (const std::string &Row : Rows)
    mysql_query(Db, Row.c_str());
  mysql_close(Db);
  return true;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    importRows({"SELECT 1"});
    std::printf("%ld %d\n", countRows("t"), importRowsShared({"SELECT 1"}));
  }
}

// FIXED: {{^}}    { mysql_close(Db); return -1; }{{$}}

// REFIXED: .cpp:{{[0-9]+}}:17: warning: 'mysql_init' creates a new 'MYSQL' on every iteration of this loop; each one allocates a connection handle that is then connected and authenticated anew [resource-per-call-client]
// REFIXED: .cpp:{{[0-9]+}}:3: note: the loop that repeats it starts here
// REFIXED: .cpp:{{[0-9]+}}:17: note: no automatic fix: it is connected with 'mysql_real_connect' after it is made, which would connect the shared one again on every call
