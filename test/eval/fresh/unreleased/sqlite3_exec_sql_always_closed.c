// SOURCE: public GitHub file (accounts storage tests, exec_sql(); search-index id 70291716530; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - whatever sqlite3_open returns, sqlite3_close(db) runs before the return (it accepts the NULL of an allocation failure)
#include <sqlite3.h>
#include <stdio.h>

static char db_path[256];

static int exec_sql(const char *sql) {
  sqlite3 *db = NULL;
  char *error = NULL;
  int rc = sqlite3_open(db_path, &db) == SQLITE_OK ? sqlite3_exec(db, sql, NULL, NULL, &error) : SQLITE_ERROR;
  if (rc != SQLITE_OK) {
    fprintf(stderr, "test sql failed: %s: %s\n", sql, error == NULL ? "?" : error);
  }
  sqlite3_free(error);
  sqlite3_close(db);
  return rc == SQLITE_OK ? 0 : -1;
}
