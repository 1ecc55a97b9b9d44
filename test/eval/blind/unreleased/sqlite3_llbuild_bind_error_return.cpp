// SOURCE: https://github.com/swiftlang/swift-llbuild/pull/441 ("Add some missing sqlite3_finalize() statements": some error paths in SQLiteBuildDB.cpp failed to finalize temporary statements)
// LIBRARY: sqlite3
// SHAPE: positive - a temporary statement in a build-database method is finalized at the end, but the bind and step error returns leave it
#include <sqlite3.h>

#include <string>

class SQLiteBuildDB {
public:
  bool setCurrentIteration(unsigned long long Value, std::string *Error);

private:
  sqlite3 *db = nullptr;
};

bool SQLiteBuildDB::setCurrentIteration(unsigned long long Value, std::string *Error) {
  sqlite3_stmt *stmt = nullptr;
  int result = sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO info VALUES (0, ?);", -1, &stmt, nullptr); // EXPECT-WARN
  if (result != SQLITE_OK) {
    *Error = sqlite3_errmsg(db);
    return false;
  }
  result = sqlite3_bind_int64(stmt, 1, static_cast<sqlite3_int64>(Value));
  if (result != SQLITE_OK) {
    *Error = sqlite3_errmsg(db);
    return false;
  }
  result = sqlite3_step(stmt);
  if (result != SQLITE_DONE) {
    *Error = sqlite3_errmsg(db);
    return false;
  }
  sqlite3_finalize(stmt);
  return true;
}
