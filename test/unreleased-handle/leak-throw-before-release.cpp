// A throw between the acquisition and the release leaks the handle; each
// throw that leaves the function holding it gets a note.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>
#include <stdexcept>
#include <string>

// Both throws leave the connection open.
void runStatement(const std::string &Sql) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when this exception is thrown
  // CHECK: :[[@LINE+8]]:5: note: it leaks when this exception is thrown
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  if (PQstatus(Db) != CONNECTION_OK)
    throw std::runtime_error(PQerrorMessage(Db));
  PGresult *Result = PQexec(Db, Sql.c_str());
  if (PQresultStatus(Result) != PGRES_COMMAND_OK) {
    std::string Message = PQresultErrorMessage(Result);
    PQclear(Result);
    throw std::runtime_error(Message);
  }
  PQclear(Result);
  PQfinish(Db);
}

// Control: releasing before the throw is not a leak.
void runStatementChecked(const std::string &Sql) {
  PGconn *Db = PQconnectdb("dbname=shop");
  if (PQstatus(Db) != CONNECTION_OK) {
    std::string Message = PQerrorMessage(Db);
    PQfinish(Db);
    throw std::runtime_error(Message);
  }
  PQclear(PQexec(Db, Sql.c_str()));
  PQfinish(Db);
}
