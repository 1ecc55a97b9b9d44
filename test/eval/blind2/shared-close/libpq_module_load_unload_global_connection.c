// SOURCE: public GitHub file (a "portal" server's PostgreSQL storage module, portal_module_load()/portal_module_unload(); search-index id 54213095603; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - the module's load hook finishes and resets the file-static connection when table creation fails (the load then reports failure), and its unload hook, called once by the host when the module is removed, finishes and resets it again (portal_core_t reduced to the two callbacks used; the storage provider functions cut)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <stdio.h>

#define PORTAL_MODULE_OK 0
#define PORTAL_MODULE_FAIL -1

typedef struct portal_core portal_core_t;
struct portal_core {
  void (*log)(portal_core_t *core, int level, const char *mod, const char *fmt,
              ...);
  int (*storage_register)(portal_core_t *core, const void *provider);
};

static PGconn *g_conn = NULL;
static portal_core_t *g_core = NULL;
static char g_conninfo[1024] = "host=localhost dbname=portal";
static const int g_provider = 0;

static int ensure_tables(void) {
  PGresult *res = PQexec(g_conn, "CREATE TABLE IF NOT EXISTS kv (k text "
                                 "primary key, v bytea)");
  int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  PQclear(res);
  return ok ? 0 : -1;
}

int portal_module_load(portal_core_t *core) {
  g_core = core;
  g_conn = PQconnectdb(g_conninfo);
  if (PQstatus(g_conn) != CONNECTION_OK) {
    core->log(core, 3, "psql", "Connection failed: %s",
              PQerrorMessage(g_conn));
    PQfinish(g_conn);
    g_conn = NULL;
    return PORTAL_MODULE_FAIL;
  }

  /* Create tables */
  if (ensure_tables() < 0) {
    PQfinish(g_conn);
    g_conn = NULL;
    return PORTAL_MODULE_FAIL;
  }

  core->storage_register(core, &g_provider);
  return PORTAL_MODULE_OK;
}

int portal_module_unload(portal_core_t *core) {
  if (g_conn) {
    PQfinish(g_conn);
    g_conn = NULL;
  }

  /* Deregister as storage provider */
  core->storage_register(core, NULL);
  g_core = NULL;
  return PORTAL_MODULE_OK;
}
