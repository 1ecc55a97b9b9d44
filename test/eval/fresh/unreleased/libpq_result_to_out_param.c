// SOURCE: public GitHub file (mail server db helpers, doOnPostgreWithOutput(); search-index id 43491622458; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - the connection is finished on every path (exit on a bad connect); the PGresult is stored through the out-parameter for the caller to PQclear
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

int doOnPostgreWithOutput(const char *conninfo, char *command, PGresult **output) {
  PGconn *conn = PQconnectdb(conninfo);
  if (PQstatus(conn) == CONNECTION_BAD) {
    fprintf(stderr, "Can't connect to Postgres: %s\n", PQerrorMessage(conn));
    PQfinish(conn);
    exit(-1);
  }
  *output = PQexec(conn, command);
  if (PQresultStatus(*output) != PGRES_COMMAND_OK && PQresultStatus(*output) != PGRES_TUPLES_OK) {
    fprintf(stderr, "Failed to execute command: %s with reason %s\n", command, PQresultErrorMessage(*output));
    PQfinish(conn);
    return -1;
  }

  PQfinish(conn);
  return 0;
}
