// SOURCE: public GitHub file (FastCGI app db.c, pg_drop/pg_atexit/pg_get; search-index id 55566350815; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - a process-wide cached connection of a single-threaded FastCGI server is dropped and reset when its conninfo changes or it is unhealthy, and finished once more by an atexit handler (pg_get's body reduced)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <stdlib.h>
#include <string.h>

/* Process-wide cached connection (the FastCGI server is single-threaded). */
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

/* Returns a usable connection for conninfo, reusing the cached one. */
PGconn *pg_get(const char *conninfo, const char **errmsg) {
  if (g_conn && g_conninfo && strcmp(g_conninfo, conninfo) == 0 &&
      PQstatus(g_conn) == CONNECTION_OK)
    return g_conn;
  pg_drop();
  g_conn = PQconnectdb(conninfo);
  if (PQstatus(g_conn) != CONNECTION_OK) {
    *errmsg = PQerrorMessage(g_conn);
    return NULL;
  }
  g_conninfo = strdup(conninfo);
  if (!g_atexit_done) {
    atexit(pg_atexit);
    g_atexit_done = 1;
  }
  return g_conn;
}
