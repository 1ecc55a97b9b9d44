// A throw caught by a handler of the same function does not leave it: when
// the handler releases the handle and the normal path does too, nothing is
// reported, whatever the handler's exception type.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>
#include <stdexcept>
#include <string>

// Caught by a catch-all handler.
void importAll(bool Broken) {
  PGconn *Db = PQconnectdb("dbname=shop");
  try {
    if (Broken)
      throw std::runtime_error("broken input");
    PQclear(PQexec(Db, "COPY orders FROM '/tmp/orders.csv'"));
  } catch (...) {
    PQfinish(Db);
    return;
  }
  PQfinish(Db);
}

// Caught by a handler for the type thrown.
void importTyped(bool Broken) {
  PGconn *Db = PQconnectdb("dbname=shop");
  try {
    if (Broken)
      throw std::runtime_error("broken input");
    PQclear(PQexec(Db, "COPY orders FROM '/tmp/orders.csv'"));
  } catch (const std::exception &Error) {
    PQfinish(Db);
    return;
  }
  PQfinish(Db);
}

// Control: the handler forgets the release.
void importForgetful(bool Broken) {
  PGconn *Db = PQconnectdb("dbname=shop");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+8]]:5: note: it leaks when 'importForgetful' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'PQfinish' before that return
  // CHECK: :[[@LINE-4]]:16: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  try {
    if (Broken)
      throw std::runtime_error("broken input");
    PQclear(PQexec(Db, "COPY orders FROM '/tmp/orders.csv'"));
  } catch (...) {
    return;
  }
  PQfinish(Db);
}
