// SOURCE: https://github.com/redis/hiredis/issues/488 (a shared connection freed by one user while others still held it; rendered with libpq and a libevent HTTP callback that replaces the process-wide PGconn when it looks broken)
// LIBRARY: libpq
// SHAPE: positive - an evhttp request callback PQfinish-es the global connection when its status is bad and connects again; other in-flight users keep the freed pointer
// FLAGS: -I/usr/include/postgresql
#include <event2/buffer.h>
#include <event2/http.h>
#include <libpq-fe.h>

PGconn *g_db;

static void on_orders(struct evhttp_request *req, void *arg) {
  (void)arg;
  if (PQstatus(g_db) != CONNECTION_OK) {
    PQfinish(g_db); // EXPECT-WARN
    g_db = PQconnectdb("dbname=shop");
  }
  PGresult *r = PQexec(g_db, "SELECT count(*) FROM orders");
  struct evbuffer *out = evbuffer_new();
  evbuffer_add_printf(out, "%s", PQresultStatus(r) == PGRES_TUPLES_OK ? PQgetvalue(r, 0, 0) : "?");
  PQclear(r);
  evhttp_send_reply(req, 200, "OK", out);
  evbuffer_free(out);
}

void install_routes(struct evhttp *http) {
  evhttp_set_cb(http, "/orders", on_orders, NULL);
}
