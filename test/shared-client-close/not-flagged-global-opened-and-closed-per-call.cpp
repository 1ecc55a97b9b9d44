// A global that a function connects at its start (itself or through a
// helper it calls) and closes as one of its own last statements is that
// call's connection, even in code that runs often: nobody else holds it.
// Closing it on an error branch and leaving it set is still reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mysql.h>

static MYSQL *Conn;

static bool connectLists() {
  Conn = mysql_init(nullptr);
  return mysql_real_connect(Conn, "db", "filter", "secret", "lists", 0,
                            nullptr, 0) != nullptr;
}

// Reloads the lists: connects, reads, closes.
int loadLists() {
  if (!connectLists())
    return -1;
  mysql_query(Conn, "SELECT ip FROM blacklist");
  mysql_close(Conn);
  return 0;
}

// Closes the global on an error and leaves it set.
int loadListsKeepingIt() {
  if (!connectLists()) {
    mysql_close(Conn);
    // CHECK: :[[@LINE-1]]:5: warning: 'mysql_close' closes the shared 'Conn' on every call to 'loadListsKeepingIt'; other callers may still be using it [resource-shared-client-close]
    // CHECK: :[[@LINE+10]]:5: note: 'loadListsKeepingIt' is called in a loop in 'watchUpdates' here
    // CHECK: :[[@LINE-23]]:15: note: 'Conn' is shared by the whole process
    return -1;
  }
  return mysql_query(Conn, "SELECT ip FROM blacklist");
}

void watchUpdates(bool (*NextUpdate)()) {
  while (NextUpdate()) {
    loadLists();
    loadListsKeepingIt();
  }
}
