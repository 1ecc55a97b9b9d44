// SOURCE: public GitHub file (psql portal module load: PQconnectdb; on CONNECTION_BAD or ensure_tables() < 0: PQfinish(g_conn); g_conn = NULL; return PORTAL_MODULE_FAIL; search-index id 54213095603; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - a plugin's load hook finishes the connection it just opened when the connect or the schema setup fails, resets the global and reports failure; the host does not load the module
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>

#define PORTAL_MODULE_OK 0
#define PORTAL_MODULE_FAIL -1

static PGconn *g_conn = NULL;

static int ensure_tables(void) {
  PGresult *r = PQexec(g_conn, "CREATE TABLE IF NOT EXISTS kv (k text primary key, v text)");
  int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  return ok ? 0 : -1;
}

int portal_module_load(const char *conninfo) {
  g_conn = PQconnectdb(conninfo);
  if (PQstatus(g_conn) != CONNECTION_OK) {
    fprintf(stderr, "psql: connection failed: %s", PQerrorMessage(g_conn));
    PQfinish(g_conn);
    g_conn = NULL;
    return PORTAL_MODULE_FAIL;
  }
  if (ensure_tables() < 0) {
    PQfinish(g_conn);
    g_conn = NULL;
    return PORTAL_MODULE_FAIL;
  }
  return PORTAL_MODULE_OK;
}

int portal_module_unload(void) {
  if (g_conn) {
    PQfinish(g_conn);
    g_conn = NULL;
  }
  return PORTAL_MODULE_OK;
}
