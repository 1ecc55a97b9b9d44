// SOURCE: public GitHub file (PS Vita homebrew installer, sql_multiple_exec(); search-index id 19120623395; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - only the open-failure path returns without sqlite3_close; the query-failure path and the normal path close
#include <sqlite3.h>
#include <stdio.h>

int sql_simple_exec(sqlite3 *db, const char *sql) {
  char *error = NULL;
  sqlite3_exec(db, sql, NULL, NULL, &error);
  if (error) {
    printf("Failed to execute %s: %s\n", sql, error);
    sqlite3_free(error);
    return -1;
  }
  return 0;
}

int sql_multiple_exec(char *db_path, char *queries[]) {
  int ret, i = 0;

  sqlite3 *db;
  ret = sqlite3_open(db_path, &db); // EXPECT-WARN
  if (ret) {
    printf("Failed to open the database: %s\n", sqlite3_errmsg(db));
    return ret;
  }

  do {
    ret = sql_simple_exec(db, queries[i]);
    if (ret < 0) {
      sqlite3_close(db);
      return ret;
    }
  } while (queries[++i] != NULL);

  sqlite3_close(db);
  db = NULL;

  return 0;
}
