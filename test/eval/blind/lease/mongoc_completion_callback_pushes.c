// SOURCE: https://github.com/mauricio/postgresql-async/issues/140 (the fix: give the connection back in the completion path whether the operation failed or not; rendered with libmongoc and a completion function)
// LIBRARY: mongoc
// SHAPE: negative - the lease is handed to a visible completion function that pushes it back on both of its paths; the early return passes it on first
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

struct report_job {
  mongoc_client_pool_t *pool;
  const char *name;
};

static void on_report_done(struct report_job *job, mongoc_client_t *client,
                           const bson_error_t *error) {
  if (error != NULL)
    fprintf(stderr, "report %s failed: %s\n", job->name, error->message);
  else
    fprintf(stderr, "report %s done\n", job->name);
  mongoc_client_pool_push(job->pool, client);
}

void run_report(struct report_job *job) {
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_pool_pop(job->pool);
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client, "reports", job->name);
  bson_t filter = BSON_INITIALIZER;
  int64_t n = mongoc_collection_count_documents(coll, &filter, NULL, NULL, NULL,
                                                &error);
  mongoc_collection_destroy(coll);
  if (n < 0) {
    on_report_done(job, client, &error);
    return;
  }
  on_report_done(job, client, NULL);
}
