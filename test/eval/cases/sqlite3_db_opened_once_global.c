// SOURCE: code-search excerpt of a Bluetooth daemon's db.c ("sqlite3 *db; int db_init(char *path){ btd_log(2, \"Opening db at: '%s'\\n\", path); return sqlite3_open(path, &db); } void db_close(){ sqlite3_close(db); }"; the search did not name the repository)
// LIBRARY: sqlite3
// SHAPE: negative - opened once into a global by db_init; the per-event path only uses it
#include <sqlite3.h>
#include <stdio.h>

sqlite3 *db;

int db_init(char *path) {
  printf("Opening db at: '%s'\n", path);
  return sqlite3_open(path, &db);
}

void db_close(void) { sqlite3_close(db); }

void on_device_seen(const char *addr) {
  char sql[256];
  snprintf(sql, sizeof(sql), "INSERT INTO seen(addr) VALUES('%s')", addr);
  sqlite3_exec(db, sql, NULL, NULL, NULL);
}

void scan_loop(const char **addrs, int n) {
  for (int i = 0; i < n; i++)
    on_device_seen(addrs[i]);
}
