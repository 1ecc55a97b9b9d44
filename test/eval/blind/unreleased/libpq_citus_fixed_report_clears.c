// SOURCE: https://github.com/citusdata/citus/issues/1111 (the fix: ReportResultError clears the result the way postgres_fdw's pgfdw_report_error does)
// LIBRARY: libpq
// SHAPE: negative - the failed result is handed to a visible reporting helper that clears it; the success path clears it itself
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>

static void ReportResultError(PGconn *conn, PGresult *result) {
  fprintf(stderr, "remote command failed on %s: %s", PQhost(conn),
          PQresultErrorMessage(result));
  PQclear(result);
}

bool ExecuteRemoteCommand(PGconn *conn, const char *command) {
  PGresult *result = PQexec(conn, command);
  if (PQresultStatus(result) != PGRES_COMMAND_OK) {
    ReportResultError(conn, result);
    return false;
  }
  PQclear(result);
  return true;
}
