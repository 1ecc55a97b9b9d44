// SOURCE: https://github.com/citusdata/citus/issues/1111 ("Call PQclear in ReportResultError": the error report path never clears the result, leaking it on every failed remote command)
// LIBRARY: libpq
// SHAPE: positive - a failed command's PGresult is only reported and the function returns false without PQclear; the success path clears it
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>

static void ReportResultError(PGconn *conn, PGresult *result) {
  fprintf(stderr, "remote command failed on %s: %s", PQhost(conn),
          PQresultErrorMessage(result));
}

bool ExecuteRemoteCommand(PGconn *conn, const char *command) {
  PGresult *result = PQexec(conn, command); // EXPECT-WARN
  if (PQresultStatus(result) != PGRES_COMMAND_OK) {
    ReportResultError(conn, result);
    return false;
  }
  PQclear(result);
  return true;
}
