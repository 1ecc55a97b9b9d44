// SOURCE: public GitHub file (ham-radio QSO logger; search-index id 55907597345; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - ensure_open() opens the database lazily into a file-scope handle (`if (db) return 0;`); every logging call goes through it
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

static sqlite3 *db = NULL;
static char db_path[512];

static int exec_sql(const char *sql) { return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1; }

static int ensure_open(void) {
  if (db)
    return 0;

  const char *env_path = getenv("LOGGER_DB_PATH");
  const char *path = (env_path && env_path[0]) ? env_path : "logger.db";
  snprintf(db_path, sizeof(db_path), "%s", path);

  if (sqlite3_open(db_path, &db) != SQLITE_OK) {
    if (db) {
      sqlite3_close(db);
      db = NULL;
    }
    return -1;
  }
  sqlite3_busy_timeout(db, 2000);
  exec_sql("PRAGMA foreign_keys = ON;");
  return 0;
}

int logger_add_qso(const char *call, int freq) {
  char sql[256];
  if (ensure_open() != 0)
    return -1;
  snprintf(sql, sizeof sql, "INSERT INTO qso(call, freq) VALUES('%s', %d);", call, freq);
  return exec_sql(sql);
}

void import_all(const char **calls, int n) {
  for (int i = 0; i < n; i++)
    logger_add_qso(calls[i], 14074);
}
