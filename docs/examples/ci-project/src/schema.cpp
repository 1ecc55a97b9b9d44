// Reads the schema version of a SQLite database; a statement that fails to
// prepare leaks the database handle.
#include "cache.h"
#include <sqlite3.h>

int schemaVersion(const char *Path) {
  sqlite3 *Db = nullptr;
  if (sqlite3_open(Path, &Db) != SQLITE_OK) {
    sqlite3_close(Db);
    return -1;
  }
  sqlite3_stmt *Stmt = nullptr;
  if (sqlite3_prepare_v2(Db, "PRAGMA user_version", -1, &Stmt, nullptr) !=
      SQLITE_OK)
    return -1;
  int Version = sqlite3_step(Stmt) == SQLITE_ROW ? sqlite3_column_int(Stmt, 0)
                                                  : -1;
  sqlite3_finalize(Stmt);
  sqlite3_close(Db);
  return Version;
}
