// SOURCE: public GitHub file (pl_connect: clear_result(); if (g_conn) { PQfinish(g_conn); g_conn = NULL; } g_conn = PQconnectdb(conninfo); on failure PQfinish(g_conn); g_conn = NULL; return -1; search-index id 59308908207; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - a binding's connect entry point (called by the embedding program when it opens a database) drops the previous global connection and reconnects; a failed connect is finished and the global reset
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <string.h>

static PGconn *g_conn = NULL;
static PGresult *g_res = NULL;
static char g_error[256];

static void swallow_notice(void *arg, const char *message) {
  (void)arg;
  (void)message;
}

static void clear_result(void) {
  if (g_res) {
    PQclear(g_res);
    g_res = NULL;
  }
}

int pl_connect(const char *conninfo) {
  clear_result();
  if (g_conn) {
    PQfinish(g_conn);
    g_conn = NULL;
  }
  g_error[0] = '\0';
  g_conn = PQconnectdb(conninfo);
  PQsetNoticeProcessor(g_conn, swallow_notice, NULL);
  if (PQstatus(g_conn) != CONNECTION_OK) {
    strncpy(g_error, "could not connect", sizeof g_error - 1);
    PQfinish(g_conn);
    g_conn = NULL;
    return -1;
  }
  return 0;
}

int pl_connected(void) { return g_conn != NULL && PQstatus(g_conn) == CONNECTION_OK; }
