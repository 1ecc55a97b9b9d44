// AssumeCallsMayThrow adds an exception edge to every call that may throw:
// a handle held across such a call leaks if it throws, and each such call
// gets a note. The acquiring call itself is not one of them: when it
// throws, nothing was acquired. The default, false, reports nothing here.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags | count 0
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s \
// RUN:   -config='{CheckOptions: {resource-unreleased-handle.AssumeCallsMayThrow: true}}' \
// RUN:   -- -std=c++17 -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>
#include <string>

// Defined elsewhere; may throw.
void record(const std::string &Line);

// Two calls between the connect and the finish may throw.
void audit(const std::string &First, const std::string &Second) {
  PGconn *Db = PQconnectdb("dbname=audit");
  // CHECK: :[[@LINE-1]]:16: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+2]]:3: note: it leaks if this call throws
  // CHECK: :[[@LINE+2]]:3: note: it leaks if this call throws
  record(First);
  record(Second);
  PQfinish(Db);
}
