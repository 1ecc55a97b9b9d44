// SOURCE: public GitHub file (static sqlite3 *g_db; db_write_sensor_reading() for each node snapshot, db_close() resets; search-index id 54548838247; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - rendered: the periodic libuv timer that writes each node's reading closes the global database when an insert fails with SQLITE_CORRUPT and leaves g_db pointing at the closed handle, which the next tick uses
#include <sqlite3.h>
#include <stdio.h>
#include <uv.h>

static sqlite3 *g_db = NULL;

static void db_write_sensor_reading(double temperature) {
  if (!g_db)
    return;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(g_db, "INSERT INTO sensor_data(temperature) VALUES(?)", -1, &st, NULL) != SQLITE_OK)
    return;
  sqlite3_bind_double(st, 1, temperature);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc == SQLITE_CORRUPT) {
    fprintf(stderr, "database corrupt: %s\n", sqlite3_errmsg(g_db));
    sqlite3_close(g_db); // EXPECT-WARN
  }
}

static void on_sample(uv_timer_t *t) {
  (void)t;
  db_write_sensor_reading(21.5);
}

int start_sampling(uv_loop_t *loop, uv_timer_t *timer) {
  if (sqlite3_open("sensors.db", &g_db) != SQLITE_OK)
    return -1;
  uv_timer_init(loop, timer);
  return uv_timer_start(timer, on_sample, 1000, 1000);
}
