// A global finished in a function that runs rarely is still left pointing
// at the finished connection: whoever uses the global next uses a closed
// client.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libpq-fe.h>

PGconn *Reporting = nullptr;

// Runs the nightly rollup and finishes the shared connection.
void runNightlyRollup() {
  PQclear(PQexec(Reporting, "CALL rollup_daily()"));
  PQfinish(Reporting);
  // CHECK: :[[@LINE-1]]:3: warning: 'PQfinish' closes 'Reporting' but leaves it holding the closed 'PGconn'; the next call through it uses a closed client [resource-shared-client-close]
  // CHECK: :[[@LINE-7]]:9: note: 'Reporting' outlives this call
}

// Any later caller reads through the finished connection.
int countReports() {
  PGresult *Res = PQexec(Reporting, "SELECT count(*) FROM reports");
  int Count = PQntuples(Res);
  PQclear(Res);
  return Count;
}
