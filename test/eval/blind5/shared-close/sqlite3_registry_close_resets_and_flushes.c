// SOURCE: public GitHub file registry.c (search-index id 60625550102; the index does not name its repository): registry_open() opens the global read-only database once; registry_close() closes it, sets it to NULL and flushes the rules cached from it
// LIBRARY: sqlite3
// SHAPE: negative - open-once/close-and-reset pair on a global handle; the close runs at session end and every reader checks for NULL
#include <sqlite3.h>
#include <stddef.h>

static sqlite3 *g_db;

void registry_match_flush(void);

int registry_open(const char *db_path) {
  if (g_db)
    return 0;
  if (sqlite3_open_v2(db_path, &g_db, SQLITE_OPEN_READONLY, NULL) !=
      SQLITE_OK) {
    if (g_db) {
      sqlite3_close(g_db);
      g_db = NULL;
    }
    return -1;
  }
  return 0;
}

void registry_close(void) {
  if (g_db) {
    sqlite3_close(g_db);
    g_db = NULL;
  }
  registry_match_flush(); /* the cached rules belong to the closed db */
}

int registry_count(void) {
  if (!g_db)
    return -1;
  sqlite3_stmt *st = NULL;
  int n = -1;
  if (sqlite3_prepare_v2(g_db, "SELECT count(*) FROM rules", -1, &st, NULL) ==
          SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return n;
}
