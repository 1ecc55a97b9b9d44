// SOURCE: rendered from the PQstatus/PQfinish/PQconnectdb reconnect idiom in GLib daemons (a g_timeout_add health check that reopens a bad connection); the timer is the check's own handler kind (glib.yaml)
// LIBRARY: libpq
// SHAPE: negative (hard) - a GLib timeout callback, on the daemon's only (main-loop) thread, finishes the global connection when PQstatus reports it bad and reconnects it at once; every user of the global runs on the same loop, so none holds the closed connection; the docs report releases in frequently invoked code even with a reconnect (expected FP)
// FLAGS: -I/usr/include/postgresql -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
#include <glib.h>
#include <libpq-fe.h>

static PGconn *Db = NULL;
static const char *Conninfo = "dbname=telemetry";

static gboolean checkDb(gpointer data) {
  (void)data;
  if (PQstatus(Db) != CONNECTION_OK) {
    g_warning("database connection lost: %s", PQerrorMessage(Db));
    PQfinish(Db);
    Db = PQconnectdb(Conninfo);
  }
  return G_SOURCE_CONTINUE;
}

static gboolean storeSample(gpointer data) {
  PQclear(PQexecParams(Db, "INSERT INTO samples VALUES ($1)", 1, NULL,
                       (const char *const *)&data, NULL, NULL, 0));
  return G_SOURCE_CONTINUE;
}

void startDbTimers(void) {
  Db = PQconnectdb(Conninfo);
  g_timeout_add_seconds(10, checkDb, NULL);
  g_timeout_add(1000, storeSample, (gpointer) "42");
}
