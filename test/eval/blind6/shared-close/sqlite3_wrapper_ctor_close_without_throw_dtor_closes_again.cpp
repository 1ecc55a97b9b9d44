// SOURCE: public GitHub file (sql/sqlite3.cpp, sql::Sqlite3 wrapper; search-index id 590591085; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - the constructor closes the handle when sqlite3_open fails but neither throws nor clears the member; the object is built anyway and its destructor closes the same handle a second time
#include <sqlite3.h>

#include <string_view>

namespace sql {

class Sqlite3 {
public:
  explicit Sqlite3(std::string_view file_name) {
    int rc = sqlite3_open(file_name.data(), &m_db);
    if (rc) {
      sqlite3_close(m_db); // EXPECT-WARN
    }
  }
  ~Sqlite3() { sqlite3_close(m_db); }

  void exec(std::string_view sql, sqlite3_callback callback, void *obj) {
    m_status = sqlite3_exec(m_db, sql.data(), callback, obj, &m_err_msg);
  }

private:
  sqlite3 *m_db = nullptr;
  char *m_err_msg = nullptr;
  int m_status = SQLITE_OK;
};

} // namespace sql
