// SOURCE: https://github.com/goharbor/harbor/pull/8500 ("fix bug #8499: redis connection pool is run out ... the root cause is this conn is not closed": the migration loop took a connection per periodic policy and getPeriodicPolicy never closed it)
// LIBRARY: mongoc
// SHAPE: positive - rendered with libmongoc: a migration loop pops one client per policy id and hands it to a lookup helper whose visible body uses it but never pushes it back, so every iteration loses a client; the Go original's fix closed the connection inside the helper
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stddef.h>
#include <stdint.h>

struct periodic_policy {
  int64_t numeric_id;
  char cron_spec[64];
  char job_name[64];
};

int parse_policy(const bson_t *doc, struct periodic_policy *out);
int save_policy_v2(const struct periodic_policy *policy);

/* Gets the periodic policy object by its numeric id. */
static int get_periodic_policy(mongoc_client_t *client, int64_t numeric_id,
                               struct periodic_policy *out) {
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client, "jobservice", "periodic_policies");
  bson_t *filter = BCON_NEW("numeric_id", BCON_INT64(numeric_id));
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(coll, filter, NULL, NULL);
  const bson_t *doc;
  int rc = -1;

  if (mongoc_cursor_next(cursor, &doc))
    rc = parse_policy(doc, out);

  mongoc_cursor_destroy(cursor);
  bson_destroy(filter);
  mongoc_collection_destroy(coll);
  return rc;
}

int migrate_periodic_policies(mongoc_client_pool_t *pool, const int64_t *ids,
                              size_t count) {
  for (size_t i = 0; i < count; i++) {
    struct periodic_policy policy;
    mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN

    if (get_periodic_policy(client, ids[i], &policy) != 0)
      continue;
    if (save_policy_v2(&policy) != 0)
      return -1;
  }
  return 0;
}
