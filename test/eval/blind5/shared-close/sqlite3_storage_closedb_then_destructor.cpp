// SOURCE: rendered from public C++ sqlite3 wrappers with a bool closeDb() that returns sqlite3_close's status without clearing the handle, and a destructor that closes it again (code search "sqlite3_close(db_) == SQLITE_OK" in wrapper classes)
// LIBRARY: sqlite3
// SHAPE: positive - closeDb() closes the member and leaves it set; the destructor closes the same handle again (sqlite3_close on a freed connection)
#include <sqlite3.h>
#include <string>

class Storage {
public:
  explicit Storage(const std::string &Path) {
    if (sqlite3_open(Path.c_str(), &db_) != SQLITE_OK)
      db_ = nullptr;
  }
  ~Storage() { sqlite3_close(db_); }

  bool closeDb() {
    return sqlite3_close(db_) == SQLITE_OK; // EXPECT-WARN
  }

  bool exec(const char *Sql) {
    return sqlite3_exec(db_, Sql, nullptr, nullptr, nullptr) == SQLITE_OK;
  }

private:
  sqlite3 *db_ = nullptr;
};
