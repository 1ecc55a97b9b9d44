// A libpq connection opened in the body of a while loop is opened on every
// iteration.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <postgresql/libpq-fe.h>

bool nextJob(int *Id);

// Every queued job gets a database connection of its own.
void drainJobsEachOnItsOwnConnection() {
  int Id = 0;
  while (nextJob(&Id)) {
    PGconn *Conn = PQconnectdb("dbname=jobs");
    // CHECK: :[[@LINE-1]]:20: warning: 'PQconnectdb' creates a new 'PGconn' on every iteration of this loop; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:20: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    if (PQstatus(Conn) == CONNECTION_OK)
      PQclear(PQexec(Conn, "UPDATE jobs SET done = true"));
    PQfinish(Conn);
  }
}
