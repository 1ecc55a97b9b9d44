// SOURCE: public GitHub file sql/sqlite3.cpp with class sql::Sqlite3 (search-index id 590591085; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - the wrapper's constructor closes its member handle when sqlite3_open reports an error (the handle sqlite3_open hands back even on failure) and keeps the pointer; exec() runs on the closed handle and the destructor closes it again
#include <sqlite3.h>
#include <string_view>

namespace sql {
class Sqlite3 {
public:
  enum class Status { OK = SQLITE_OK, ERROR = SQLITE_ERROR };
  explicit Sqlite3(std::string_view &&file_name);
  ~Sqlite3();
  void exec(std::string_view &&sql, sqlite3_callback callback, void *obj);

private:
  sqlite3 *m_db = nullptr;
  char *m_err_msg = nullptr;
  Status m_status = Status::OK;
};
} // namespace sql

sql::Sqlite3::Sqlite3(std::string_view &&file_name) {
  auto rc = sqlite3_open(file_name.data(), &m_db);
  if (rc) {
    sqlite3_close(m_db); // EXPECT-WARN
  }
}

sql::Sqlite3::~Sqlite3() { sqlite3_close(m_db); }

void sql::Sqlite3::exec(std::string_view &&sql, sqlite3_callback callback,
                        void *obj) {
  auto rc = sqlite3_exec(m_db, sql.data(), callback, obj, &m_err_msg);
  m_status = static_cast<Sqlite3::Status>(rc);
}
