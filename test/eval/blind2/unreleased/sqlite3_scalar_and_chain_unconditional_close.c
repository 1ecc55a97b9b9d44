// SOURCE: public GitHub file, migration test helper migration_scalar (search-index id 56083109807; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative (hard) - the open, prepare and step are chained with '&&' in one condition; the statement is finalized and the database closed unconditionally afterwards (both accept what a failed call left: NULL or a failed handle)
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>

static int64_t migration_scalar(const char *path, const char *sql) {
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int64_t value = -1;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    value = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

int check_schema_version(const char *path) {
  int64_t v = migration_scalar(path, "PRAGMA user_version");
  if (v != 5) {
    fprintf(stderr, "unexpected schema version %lld\n", (long long)v);
    return 1;
  }
  return 0;
}
