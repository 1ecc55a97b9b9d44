// SOURCE: public GitHub file db.c (db_connect_or_die(); search-index id 58918256557; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - the failure path exits (noreturn), the good connection is returned; the PQexec result in the next helper is cleared
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

PGconn *db_connect_or_die(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  if (PQstatus(conn) != CONNECTION_OK) {
    fprintf(stderr, "PostgreSQL connection failed: %s\n", PQerrorMessage(conn));
    exit(EXIT_FAILURE);
  }
  return conn;
}

void db_try_enable_timescaledb(PGconn *conn) {
  PGresult *res = PQexec(conn, "CREATE EXTENSION IF NOT EXISTS timescaledb;");
  if (PQresultStatus(res) != PGRES_COMMAND_OK) {
    fprintf(stderr, "Warning: could not ensure timescaledb extension: %s", PQerrorMessage(conn));
  }
  PQclear(res);
}
