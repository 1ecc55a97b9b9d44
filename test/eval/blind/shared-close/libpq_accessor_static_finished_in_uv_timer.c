// SOURCE: https://github.com/redis/hiredis/issues/446 (a shared context freed while later calls still used it; rendered with libpq: a lazily opened static connection returned by an accessor and finished by a libuv timer callback)
// LIBRARY: libpq
// SHAPE: positive - a uv timer callback (run on every tick) finishes the connection that the accessor hands to every caller
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <uv.h>

static PGconn *stats_db(void) {
  static PGconn *db = NULL;
  if (db == NULL)
    db = PQconnectdb("dbname=stats");
  return db;
}

static void on_flush(uv_timer_t *timer) {
  (void)timer;
  PGconn *conn = stats_db();
  PQclear(PQexec(conn, "REFRESH MATERIALIZED VIEW hourly"));
  PQfinish(conn); // EXPECT-WARN
}

void start_flush_timer(uv_loop_t *loop, uv_timer_t *timer) {
  uv_timer_init(loop, timer);
  uv_timer_start(timer, on_flush, 60000, 60000);
}
