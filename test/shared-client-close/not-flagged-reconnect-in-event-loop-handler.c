// An event loop runs its handlers one at a time on its thread (libevent,
// GLib timers, libuv timers): a shared connection closed and replaced in
// one of them leaves nobody holding the closed one. The same in a libuv
// work callback, which runs on the thread pool, is reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -x c \
// RUN:   -std=gnu11 -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <event2/http.h>
#include <libpq-fe.h>
#include <uv.h>

static PGconn *Db;

static PGconn *database(void) {
  if (Db != NULL && PQstatus(Db) != CONNECTION_OK) {
    PQfinish(Db);
    Db = NULL;
  }
  if (Db == NULL)
    Db = PQconnectdb("dbname=shop");
  return Db;
}

static void onOrders(struct evhttp_request *Req, void *Arg) {
  (void)Arg;
  PQclear(PQexec(database(), "SELECT count(*) FROM orders"));
  evhttp_send_reply(Req, 200, "OK", NULL);
}

static void onTick(uv_timer_t *Timer) {
  (void)Timer;
  if (PQstatus(Db) != CONNECTION_OK) {
    PQfinish(Db);
    Db = PQconnectdb("dbname=shop");
  }
}

static void onWork(uv_work_t *Work) {
  (void)Work;
  if (PQstatus(Db) != CONNECTION_OK) {
    PQfinish(Db);
    // CHECK: :[[@LINE-1]]:5: warning: 'PQfinish' closes the shared 'Db' on every call to 'onWork'; other callers may still be using it [resource-shared-client-close]
    // CHECK: :[[@LINE+10]]:3: note: 'onWork' is registered with 'uv_queue_work' here as a libuv work callback, run for every queued work request
    // CHECK: :[[@LINE-32]]:16: note: 'Db' is shared by the whole process
    Db = PQconnectdb("dbname=shop");
  }
}

void install(struct evhttp *Http, uv_loop_t *Loop, uv_timer_t *Timer,
             uv_work_t *Work) {
  evhttp_set_cb(Http, "/orders", onOrders, NULL);
  uv_timer_start(Timer, onTick, 1000, 1000);
  uv_queue_work(Loop, Work, onWork, NULL);
}
