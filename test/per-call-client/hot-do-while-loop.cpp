// A MySQL connection handle made in the body of a do-while loop is made on
// every iteration.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mariadb/mysql.h>

bool morePages();

// Every page of results is fetched over a connection of its own.
void fetchPagesEachOnItsOwnConnection() {
  do {
    MYSQL *Db = mysql_init(nullptr);
    // CHECK: :[[@LINE-1]]:17: warning: 'mysql_init' creates a new 'MYSQL' on every iteration of this loop; each one allocates a connection handle that is then connected and authenticated anew [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:17: note: no automatic fix: it is connected with 'mysql_real_connect' after it is made, which would connect the shared one again on every call
    if (mysql_real_connect(Db, "localhost", "app", "", "shop", 0, nullptr, 0))
      mysql_query(Db, "SELECT 1");
    mysql_close(Db);
  } while (morePages());
}
