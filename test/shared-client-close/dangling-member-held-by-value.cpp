// A client object held by value in a member (`MYSQL Mysql;`) and closed
// through its address is a member closed like a pointer member: closed by
// close() and again by the destructor, it is reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mysql.h>

class Database {
public:
  Database() { mysql_init(&Mysql); }
  ~Database() { close(); }
  // CHECK-DAG: :[[@LINE-1]]:17: note: closed again here
  void close() { mysql_close(&Mysql); }
  // CHECK-DAG: :[[@LINE-1]]:18: warning: 'mysql_close' closes 'Mysql' but leaves it holding the closed 'MYSQL'; the destructor closes it again [resource-shared-client-close]

private:
  MYSQL Mysql;
};
