// A handle assigned in the last operand of `&&` or `||` in a condition is
// NULL on the edge where that operand is false: draining results with
// `while (More && (Res = store()))` leaks nothing when the loop ends.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c11 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <mysql.h>
#include <stddef.h>

// Every further result set is freed; the loop ends on NULL or on no more.
int drainResults(MYSQL *Conn) {
  MYSQL_RES *Res;
  int Ret;
  while (((Ret = mysql_next_result(Conn)) == 0) &&
         (Res = mysql_store_result(Conn)))
    mysql_free_result(Res);
  if (Ret > 0)
    return -1;
  return 0;
}

// The same with `||`: the last operand decides the edge.
int firstRowCount(MYSQL *Conn, int Skip) {
  MYSQL_RES *Res;
  if (Skip || !(Res = mysql_store_result(Conn)))
    return 0;
  int N = (int)mysql_num_rows(Res);
  mysql_free_result(Res);
  return N;
}

// Control: no result is freed; each is lost when the next one is stored,
// and the last when the loop ends because there are no more.
int keepsLastResult(MYSQL *Conn) {
  MYSQL_RES *Res = NULL;
  int Rows = 0;
  while (mysql_next_result(Conn) == 0 && (Res = mysql_store_result(Conn)))
    // CHECK: :[[@LINE-1]]:49: warning: 'mysql_store_result' acquires a 'MYSQL_RES' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE-2]]:43: note: it leaks when 'Res' is overwritten here while it still holds it
    Rows += (int)mysql_num_rows(Res);
  // CHECK: :[[@LINE+1]]:3: note: it leaks when 'keepsLastResult' returns here
  return Rows;
}
