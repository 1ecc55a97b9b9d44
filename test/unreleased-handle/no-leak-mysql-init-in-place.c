// mysql_init with a non-NULL argument initialises the caller's MYSQL in
// place and returns it: its result is no new handle, and dropping it loses
// nothing. mysql_init(NULL) allocates, and dropping that result still leaks;
// so does mysql_init of a local that was initialised to NULL.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c11 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <mysql.h>
#include <stdlib.h>

struct db_con {
  MYSQL *con;
};

// The connection struct owns the MYSQL; mysql_init fills it in.
struct db_con *newConnection(void) {
  struct db_con *Ptr = calloc(1, sizeof(*Ptr));
  if (!Ptr)
    return NULL;
  Ptr->con = malloc(sizeof(MYSQL));
  if (!Ptr->con) {
    free(Ptr);
    return NULL;
  }
  mysql_init(Ptr->con);
  return Ptr;
}

// A MYSQL on the stack, initialised and closed here.
int pingOnce(const char *Host) {
  MYSQL Conn;
  mysql_init(&Conn);
  int Rc = mysql_real_connect(&Conn, Host, "u", "p", "db", 0, NULL, 0) ? 0 : -1;
  mysql_close(&Conn);
  return Rc;
}

// Control: mysql_init(NULL) allocates, and its result is dropped.
void dropsFreshHandle(void) {
  mysql_init(NULL);
  // CHECK: :[[@LINE-1]]:3: warning: 'mysql_init' acquires a 'MYSQL' that is never stored, so nothing can release it [resource-unreleased-handle]
}

// Control: the argument is a local still NULL, so mysql_init allocates, and
// a failed connect leaks it.
int connectOrLog(const char *Host) {
  MYSQL *Conn = NULL;
  Conn = mysql_init(Conn);
  // CHECK: :[[@LINE-1]]:10: warning: 'mysql_init' acquires a 'MYSQL' that is not released on every path [resource-unreleased-handle]
  if (!mysql_real_connect(Conn, Host, "u", "p", "db", 0, NULL, 0))
    return -1;
  // CHECK: :[[@LINE-1]]:5: note: it leaks when 'connectOrLog' returns here
  // CHECK: :[[@LINE-5]]:10: note: release it with 'mysql_close' before that return
  // CHECK: :[[@LINE-6]]:10: note: 'mysql_init' gives a 'MYSQL' even when it fails; it must be released on error paths too (with 'mysql_close')
  mysql_close(Conn);
  return 0;
}
