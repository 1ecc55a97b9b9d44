// A handle still held when a function that ends in a range-based for loop
// returns leaks at the end of the function. The loop's condition is an
// iterator comparison, a call, but with AssumeCallsMayThrow off nothing is
// said about calls that throw.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>
#include <string>
#include <vector>

// Runs every statement and never finishes the connection.
void runAll(const std::vector<std::string> &Statements) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:1: note: it leaks when 'runAll' ends here
  for (const std::string &Sql : Statements)
    PQclear(PQexec(Db, Sql.c_str()));
}

// Control: the same loop with the connection finished after it.
void runAllFinished(const std::vector<std::string> &Statements) {
  PGconn *Db = PQconnectdb("dbname=shop");
  for (const std::string &Sql : Statements)
    PQclear(PQexec(Db, Sql.c_str()));
  PQfinish(Db);
}
