// SOURCE: public GitHub file (search-index id 54152348928; the index does not name its repository): event_db_open() opens the global event database and, when creating the schema fails, closes it and sets it to NULL before returning -1
// LIBRARY: sqlite3
// SHAPE: negative - a global closed on an init error and reset at once; event writers test it before use
#include <sqlite3.h>
#include <stddef.h>
#include <stdio.h>

static sqlite3 *g_db = NULL;

int event_db_open(const char *dbpath) {
  int rc = sqlite3_open(dbpath, &g_db);
  if (rc != SQLITE_OK)
    return -1;
  rc = sqlite3_exec(g_db,
                    "CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY,"
                    " timestamp INTEGER, severity INTEGER, msg TEXT);",
                    NULL, NULL, NULL);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "event_db: schema init failed: %s\n", sqlite3_errmsg(g_db));
    sqlite3_close(g_db);
    g_db = NULL;
    return -1;
  }
  return 0;
}

void event_db_log(const char *msg) {
  if (!g_db)
    return;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(g_db, "INSERT INTO events(msg) VALUES(?)", -1, &st,
                         NULL) == SQLITE_OK) {
    sqlite3_bind_text(st, 1, msg, -1, SQLITE_STATIC);
    sqlite3_step(st);
  }
  sqlite3_finalize(st);
}
