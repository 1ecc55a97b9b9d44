// SOURCE: public GitHub file (proxy auth test helper query_works; search-index id 71032042096; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - PQconnectdb, a result made and cleared only inside the CONNECTION_OK branch, and PQfinish after the if/else on every path
// FLAGS: -I/usr/include/postgresql
#include <cstdarg>
#include <cstdio>
#include <libpq-fe.h>
#include <string>

static void diag(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::vfprintf(stderr, fmt, ap);
  va_end(ap);
}

bool query_works(const std::string &ci, const std::string &query = "SELECT 1") {
  PGconn *conn = PQconnectdb(ci.c_str());
  bool res = false;
  if (PQstatus(conn) == CONNECTION_OK) {
    PGresult *r = PQexec(conn, query.c_str());
    res = PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!res)
      diag("Query failed: %s", PQresultErrorMessage(r));
    PQclear(r);
  } else {
    diag("Connection failed: %s", PQerrorMessage(conn));
  }
  PQfinish(conn);
  return res;
}
