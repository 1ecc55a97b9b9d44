// SOURCE: rendered; code search "uv_queue_work PQexec global PGconn work callback" (gabrielformiga/libpqnb README.md, pquv.h-style libpq+libuv bindings) shows libpq connections shared by libuv work; the error branch that finishes the shared connection is the "give up on a broken connection" shape of the docs
// LIBRARY: libpq
// SHAPE: positive - a libuv thread-pool work callback (uv_queue_work) runs a query on the process-wide connection and, when the query fails, finishes that connection and returns; the other work items on the pool threads still use it
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <uv.h>

PGconn *g_conn; // opened once at startup

typedef struct {
  uv_work_t req;
  char sql[256];
  int ok;
} query_job;

static void run_query(uv_work_t *req) {
  query_job *job = (query_job *)req->data;
  PGresult *res = PQexec(g_conn, job->sql);
  if (PQresultStatus(res) != PGRES_COMMAND_OK) {
    fprintf(stderr, "query failed: %s", PQerrorMessage(g_conn));
    PQclear(res);
    PQfinish(g_conn); // EXPECT-WARN
    job->ok = 0;
    return;
  }
  PQclear(res);
  job->ok = 1;
}

static void query_done(uv_work_t *req, int status) {
  (void)req;
  (void)status;
}

int submit_query(uv_loop_t *loop, query_job *job) {
  job->req.data = job;
  return uv_queue_work(loop, &job->req, run_query, query_done);
}
