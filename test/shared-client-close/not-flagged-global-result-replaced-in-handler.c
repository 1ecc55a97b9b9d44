// Results and statements are not clients: a global result replaced on
// every call of a callback (`PQclear(Last); Last = Res;`) is the normal
// shape, even in code that runs often. The connection is still checked.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -x c \
// RUN:   -std=gnu11 -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libpq-fe.h>
#include <uv.h>

static PGconn *Conn;
static PGresult *LastResult;

static void onQuery(uv_work_t *Req) {
  PGresult *Res = PQexec(Conn, (const char *)Req->data);
  if (LastResult && Res) {
    PQclear(LastResult);
    LastResult = Res;
  }
  if (Res == NULL) {
    PQfinish(Conn);
    // CHECK: :[[@LINE-1]]:5: warning: 'PQfinish' closes the shared 'Conn' on every call to 'onQuery'; other callers may still be using it [resource-shared-client-close]
    // CHECK: :[[@LINE+6]]:3: note: 'onQuery' is registered with 'uv_queue_work' here as a libuv work callback, run for every queued work request
    // CHECK: :[[@LINE-13]]:16: note: 'Conn' is shared by the whole process
  }
}

void queueQuery(uv_loop_t *Loop, uv_work_t *Req) {
  uv_queue_work(Loop, Req, onQuery, NULL);
}
