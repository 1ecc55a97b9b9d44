// SOURCE: https://github.com/qgis/QGIS/pull/36743 ("Avoid leaking sqlite3_stmt on errors" - every error path reaches the finalize) - rendered in C with the cleanup-label idiom
// LIBRARY: sqlite3
// SHAPE: negative - all error paths jump to a label that finalizes the statement (a NULL statement is fine for sqlite3_finalize)
#include <sqlite3.h>
#include <stdio.h>

int count_layers(sqlite3 *db, const char *table, int *count) {
  int rc = -1;
  sqlite3_stmt *stmt = NULL;
  char sql[256];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM \"%s\"", table);
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
    fprintf(stderr, "prepare failed: %s\n", sqlite3_errmsg(db));
    goto cleanup;
  }
  if (sqlite3_step(stmt) != SQLITE_ROW) {
    fprintf(stderr, "step failed: %s\n", sqlite3_errmsg(db));
    goto cleanup;
  }
  *count = sqlite3_column_int(stmt, 0);
  rc = 0;
cleanup:
  sqlite3_finalize(stmt);
  return rc;
}
