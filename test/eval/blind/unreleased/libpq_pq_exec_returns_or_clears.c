// SOURCE: public GitHub file (mbb pq_exec: clears a failed result and sets res to NULL, then returns res to pq_query, which clears it; search-index id 10183941251; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - a helper returns its PGresult (handed to the caller) or clears it on failure; the caller clears what it receives
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>

static PGresult *pq_exec(PGconn *pg_conn, const char *command) {
  ExecStatusType status;
  PGresult *res;
  if (pg_conn == NULL)
    return NULL;
  res = PQexec(pg_conn, command);
  status = PQresultStatus(res);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    fprintf(stderr, "%s", PQerrorMessage(pg_conn));
    PQclear(res);
    res = NULL;
  }
  return res;
}

bool pq_query(PGconn *pg_conn, const char *command, int *nrow) {
  PGresult *res = pq_exec(pg_conn, command);
  if (res == NULL)
    return false;
  *nrow = PQntuples(res);
  PQclear(res);
  return true;
}
