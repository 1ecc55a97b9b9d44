// With AssumeCallsMayThrow, calls that cannot throw add no exception edge,
// and an exception that a handler of the function catches, releases for
// and rethrows does not leak: nothing is reported but the control.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s \
// RUN:   -config='{CheckOptions: {resource-unreleased-handle.AssumeCallsMayThrow: true}}' \
// RUN:   -- -std=c++17 -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>
#include <memory>
#include <string>
#include <vector>

// Defined elsewhere; may throw.
void record(const std::string &Line);

// In a noexcept function an exception ends the program (std::terminate).
void auditNoexcept(const std::string &Line) noexcept {
  PGconn *Db = PQconnectdb("dbname=audit");
  record(Line);
  PQfinish(Db);
}

// Only noexcept member functions run between the connect and the finish.
std::size_t auditSizes(const std::vector<std::string> &Lines) {
  PGconn *Db = PQconnectdb("dbname=audit");
  std::size_t Count = Lines.empty() ? 0 : Lines.size();
  PQfinish(Db);
  return Count;
}

// The handler releases and rethrows.
void auditRethrow(const std::string &Line) {
  PGconn *Db = PQconnectdb("dbname=audit");
  try {
    record(Line);
  } catch (...) {
    PQfinish(Db);
    throw;
  }
  PQfinish(Db);
}

// An owner releases it during unwinding.
void auditOwned(const std::string &Line) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> Db(PQconnectdb("dbname=audit"),
                                                   &PQfinish);
  record(Line);
}

// Control: a call that may throw with nothing to release on unwinding.
void auditUnprotected(const std::string &Line) {
  PGconn *Db = PQconnectdb("dbname=audit");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+1]]:3: note: it leaks if this call throws
  record(Line);
  PQfinish(Db);
}
