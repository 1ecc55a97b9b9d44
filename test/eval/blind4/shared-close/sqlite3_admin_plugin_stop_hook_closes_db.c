// SOURCE: public GitHub file of a billing plugin for an admin console (search-index id 70306825162; Billing_Stop, Billing_Health; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - the plugin's stop hook, which the host calls once when it unloads the plugin, closes the plugin's database and sets the global to NULL; the health hook tests the global before using it
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

typedef void *XAdminPluginHandle;
typedef struct XAdminHealthReport {
  int status_code;
  const char *message;
} XAdminHealthReport;

static sqlite3 *G_DB;

static int Billing_Start(XAdminPluginHandle handle, const char *path) {
  (void)handle;
  if (sqlite3_open(path, &G_DB) != SQLITE_OK) {
    sqlite3_close(G_DB);
    G_DB = NULL;
    return -1;
  }
  return 0;
}

static void Billing_Stop(XAdminPluginHandle handle) {
  (void)handle;
  if (G_DB)
    sqlite3_close(G_DB);
  G_DB = NULL;
}

static int Billing_Health(XAdminPluginHandle handle, XAdminHealthReport *out) {
  (void)handle;
  if (out) {
    out->status_code = G_DB ? 0 : 1;
    out->message = G_DB ? "ready" : "database unavailable";
  }
  return 0;
}

/* The plugin's entry points, as the host looks them up. */
struct XAdminPlugin {
  int (*start)(XAdminPluginHandle, const char *);
  void (*stop)(XAdminPluginHandle);
  int (*health)(XAdminPluginHandle, XAdminHealthReport *);
};
const struct XAdminPlugin billing_plugin = {Billing_Start, Billing_Stop,
                                            Billing_Health};
