// SOURCE: https://github.com/EVerest/EVerest/pull/423 ("Fixed memory leak in Persistent Store module ... Wrapper class created to ensure that sqlite3_finalize() is always called")
// LIBRARY: sqlite3
// SHAPE: negative - the prepared statement is handed to a small wrapper object whose destructor finalizes it; early returns and the normal return all go through it
#include <sqlite3.h>

#include <string>

class SQLiteStatement {
public:
  explicit SQLiteStatement(sqlite3_stmt *S) : Stmt(S) {}
  ~SQLiteStatement() { sqlite3_finalize(Stmt); }
  SQLiteStatement(const SQLiteStatement &) = delete;
  SQLiteStatement &operator=(const SQLiteStatement &) = delete;
  sqlite3_stmt *get() const { return Stmt; }

private:
  sqlite3_stmt *Stmt;
};

bool loadVariable(sqlite3 *Db, const std::string &Key, std::string &Value) {
  sqlite3_stmt *Raw = nullptr;
  if (sqlite3_prepare_v2(Db, "SELECT value FROM store WHERE key = ?", -1, &Raw, nullptr) != SQLITE_OK)
    return false;
  SQLiteStatement Stmt(Raw);
  sqlite3_bind_text(Stmt.get(), 1, Key.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(Stmt.get()) != SQLITE_ROW)
    return false;
  Value = reinterpret_cast<const char *>(sqlite3_column_text(Stmt.get(), 0));
  return true;
}
