// SOURCE: https://github.com/mauricio/postgresql-async/issues/140 ("ConnectionPool leak": the completion path gave the connection back only when the operation succeeded; rendered with libmongoc and a completion function that pushes on success only)
// LIBRARY: mongoc
// SHAPE: positive - the lease is handed to a visible completion function that pushes it back only when there was no error; on the error path it is lost
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

struct job {
  mongoc_client_pool_t *pool;
  const char *name;
};

static void on_job_done(struct job *job, mongoc_client_t *client,
                        const bson_error_t *error) {
  if (error != NULL) {
    fprintf(stderr, "job %s failed: %s\n", job->name, error->message);
    return;
  }
  mongoc_client_pool_push(job->pool, client);
}

void run_job(struct job *job) {
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_pool_pop(job->pool); // EXPECT-WARN
  bson_t *ping = BCON_NEW("ping", BCON_INT32(1));
  bool ok = mongoc_client_command_simple(client, "admin", ping, NULL, NULL,
                                         &error);
  bson_destroy(ping);
  on_job_done(job, client, ok ? NULL : &error);
}
