// SOURCE: https://github.com/postgresql-interfaces/psqlodbc/pull/188 ("Clear PGresults from per-query rollback": the PQgetResult loop overwrote pgres on the next iteration, losing and leaking the previous result)
// LIBRARY: libpq
// SHAPE: positive - each PQgetResult overwrites the previous non-NULL result without PQclear; only the last one is cleared
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdbool.h>

bool CC_internal_rollback(PGconn *conn) {
  bool ret = true;
  PGresult *pgres = NULL;
  if (!PQsendQuery(conn, "ROLLBACK TO _per_query_svp_; RELEASE _per_query_svp_"))
    return false;
  while ((pgres = PQgetResult(conn)) != NULL) { // EXPECT-WARN
    if (PQresultStatus(pgres) != PGRES_COMMAND_OK)
      ret = false;
    if (PQisBusy(conn) == 0 && PQtransactionStatus(conn) == PQTRANS_IDLE)
      break;
  }
  PQclear(pgres);
  return ret;
}
