// SOURCE: https://github.com/meganz/sdk/pull/118 ("Fix memory leaks in SQLite": prepared statements were never finalized when the SQL sentence failed or returned no results)
// LIBRARY: sqlite3
// SHAPE: positive - the statement is finalized after a row is read, but the "no row" and "step error" returns leave it prepared
#include <sqlite3.h>

#include <string>

bool getNode(sqlite3 *db, long long handle, std::string &data) {
  sqlite3_stmt *stmt;
  if (sqlite3_prepare_v2(db, "SELECT node FROM nodes WHERE nodehandle = ?", -1, &stmt, nullptr) != SQLITE_OK) // EXPECT-WARN
    return false;
  sqlite3_bind_int64(stmt, 1, handle);
  int rc = sqlite3_step(stmt);
  if (rc != SQLITE_ROW)
    return false;
  data.assign(static_cast<const char *>(sqlite3_column_blob(stmt, 0)),
              sqlite3_column_bytes(stmt, 0));
  sqlite3_finalize(stmt);
  return true;
}
