// SOURCE: public GitHub file (weather app city database deleteCity; search-index id 33708436644; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - sqlite3_prepare_v2 into a local statement (a failed prepare leaves NULL and returns), then a failed sqlite3_exec returns NO without sqlite3_finalize; only the success path finalizes (rendered: the Objective-C method is written as a C function)
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>

bool delete_city(sqlite3 *database, const char *sql) {
  sqlite3_stmt *statement;
  if (sqlite3_prepare_v2(database, sql, -1, &statement, NULL) != SQLITE_OK) { // EXPECT-WARN
    fprintf(stderr, "prepare failed\n");
    return false;
  }
  char *error;
  if (sqlite3_exec(database, sql, NULL, NULL, &error) != SQLITE_OK) {
    fprintf(stderr, "delete failed: %s\n", error);
    sqlite3_free(error);
    return false;
  }

  sqlite3_finalize(statement);
  return true;
}
