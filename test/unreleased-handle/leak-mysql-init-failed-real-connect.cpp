// mysql_init allocates the handle; when mysql_real_connect fails on it the
// handle must still be closed.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <cstdio>
#include <mysql.h>

// A failed connect returns without mysql_close.
int openCatalog() {
  MYSQL *Conn = mysql_init(nullptr);
  // CHECK: :[[@LINE-1]]:17: warning: 'mysql_init' acquires a 'MYSQL' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+8]]:5: note: it leaks when 'openCatalog' returns here
  // CHECK: :[[@LINE-3]]:17: note: release it with 'mysql_close' before that return
  // CHECK: :[[@LINE-4]]:17: note: 'mysql_init' gives a 'MYSQL' even when it fails; it must be released on error paths too (with 'mysql_close')
  if (Conn == nullptr)
    return -1;
  if (mysql_real_connect(Conn, "localhost", "shop", "secret", "catalog", 0,
                         nullptr, 0) == nullptr) {
    std::fprintf(stderr, "%s\n", mysql_error(Conn));
    return -1;
  }
  int Rc = mysql_query(Conn, "SELECT 1");
  mysql_close(Conn);
  return Rc;
}

// Control: closed when the connect fails.
int openCatalogClosed() {
  MYSQL *Conn = mysql_init(nullptr);
  if (Conn == nullptr)
    return -1;
  if (!mysql_real_connect(Conn, "localhost", "shop", "secret", "catalog", 0,
                          nullptr, 0)) {
    mysql_close(Conn);
    return -1;
  }
  mysql_close(Conn);
  return 0;
}
