// SOURCE: public GitHub file (a CGI SQL-page runner's PostgreSQL backend, pg_get()/pg_drop()/pg_run_script(); search-index id 55566350815; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - (hard) the single-threaded CGI process caches one connection in a file-static; when a statement finds it dead before any output, the retry loop drops it with pg_drop() (PQfinish and reset to NULL) and pg_get() connects again; an atexit handler drops it at the end. No other thread or request can hold the old pointer, but pg_drop releases a static inside a loop, which the docs report even with the reset (expected FP); row rendering and parameter binding cut
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <stdlib.h>
#include <string.h>

static PGconn *g_conn = NULL;
static char *g_conninfo = NULL;
static int g_atexit_done = 0;

static void pg_drop(void) {
  if (g_conn) {
    PQfinish(g_conn);
    g_conn = NULL;
  }
  free(g_conninfo);
  g_conninfo = NULL;
}

static void pg_atexit(void) { pg_drop(); }

/* Return a usable connection for `conninfo`, reusing the cached one when it
   matches and is healthy. Returns NULL and sets *errmsg on failure. */
static PGconn *pg_get(const char *conninfo, char **errmsg) {
  if (g_conn) {
    if (g_conninfo && strcmp(g_conninfo, conninfo) == 0) {
      if (PQstatus(g_conn) != CONNECTION_OK)
        PQreset(g_conn);
      if (PQstatus(g_conn) == CONNECTION_OK)
        return g_conn;
    }
    pg_drop(); /* different URL, or reset failed */
  }

  g_conn = PQconnectdb(conninfo);
  if (PQstatus(g_conn) != CONNECTION_OK) {
    *errmsg = strdup(PQerrorMessage(g_conn));
    PQfinish(g_conn);
    g_conn = NULL;
    return NULL;
  }
  g_conninfo = strdup(conninfo);
  if (!g_atexit_done) {
    atexit(pg_atexit);
    g_atexit_done = 1;
  }
  return g_conn;
}

static int run_statements(PGconn *conn, const char *sql, char **errmsg,
                          int *conn_dead) {
  PGresult *res = PQexec(conn, sql);
  *conn_dead = 0;
  if (!res || PQresultStatus(res) == PGRES_FATAL_ERROR) {
    *errmsg = strdup(PQerrorMessage(conn));
    if (PQstatus(conn) == CONNECTION_BAD)
      *conn_dead = 1;
    PQclear(res);
    return 0;
  }
  PQclear(res);
  return -1;
}

int pg_run_script(const char *conninfo, const char *sql, char **errmsg) {
  int attempt, result = 1;

  *errmsg = NULL;
  /* attempt 0 may reuse a cached connection; if it turns out to be dead
     before any output, attempt 1 reconnects from scratch. */
  for (attempt = 0; attempt < 2; attempt++) {
    PGconn *conn = pg_get(conninfo, errmsg);
    int conn_dead = 0, failed;

    if (!conn) {
      result = 1;
      break;
    }

    failed = run_statements(conn, sql, errmsg, &conn_dead);
    if (failed < 0) {
      result = 0;
      break;
    }

    if (conn_dead && failed == 0 && attempt == 0) { /* stale: retry once */
      free(*errmsg);
      *errmsg = NULL;
      pg_drop();
      continue;
    }
    result = 1;
    break;
  }
  return result;
}
