// SOURCE: https://github.com/eclipse-vertx/vertx-sql-client/issues/1698 ("afterAcquire hook failure in SqlConnectionPool leaks connection lease": each hook failure permanently loses a slot; rendered with libmongoc's pool and a per-lease setup step)
// LIBRARY: mongoc
// SHAPE: positive - a setup step run on every freshly popped client fails and the function returns NULL without pushing the client back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stddef.h>

static bool after_acquire(mongoc_client_t *client, const char *tenant) {
  mongoc_read_prefs_t *prefs = mongoc_read_prefs_new(MONGOC_READ_SECONDARY_PREFERRED);
  mongoc_client_set_read_prefs(client, prefs);
  mongoc_read_prefs_destroy(prefs);
  return tenant != NULL && tenant[0] != '\0';
}

mongoc_collection_t *open_tenant_events(mongoc_client_pool_t *pool,
                                        const char *tenant,
                                        mongoc_client_t **client_out) {
  mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
  if (client == NULL)
    return NULL;
  if (!after_acquire(client, tenant))
    return NULL;
  *client_out = client;
  return mongoc_client_get_collection(client, tenant, "events");
}
