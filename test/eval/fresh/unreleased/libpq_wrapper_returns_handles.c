// SOURCE: public GitHub file pg_wrapper.c (search-index id 12628057148; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - thin wrappers that return the new PGconn / PGresult to their caller
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

void *PgConnectDb(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  return conn;
}

void PgFinish(void *conn) { PQfinish(conn); }

int PgStatus(void *conn) { return PQstatus(conn); }

void *PgExec(void *conn, const char *command) { return PQexec(conn, command); }

void *PgGetResult(void *conn) { return PQgetResult(conn); }
