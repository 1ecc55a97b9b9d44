// SOURCE: public GitHub file (desktop file-search tool DataManager.cpp, SqliteManager::Close; search-index id 34200588840; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative (hard) - Close() closes the member without clearing it, but nothing closes it again: the destructor is empty and the manager lives inside a function-local static singleton whose lifetime is the process's
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <string>

class SqliteManager {
public:
  SqliteManager() : m_db(NULL) {}
  ~SqliteManager() {}

  void Open(const std::string &path) {
    int rc = sqlite3_open(path.c_str(), &m_db);
    if (rc != SQLITE_OK) {
      std::fprintf(stderr, "Open databases failed %s\n", sqlite3_errmsg(m_db));
      std::exit(0);
    }
  }

  void Close() {
    if (m_db) {
      int rc = sqlite3_close(m_db);
      if (rc != SQLITE_OK)
        std::fprintf(stderr, "Close database failed\n");
    }
  }

  void ExecuteSql(const std::string &sql) {
    char *zErrMsg = 0;
    if (sqlite3_exec(m_db, sql.c_str(), 0, 0, &zErrMsg) != SQLITE_OK)
      sqlite3_free(zErrMsg);
  }

private:
  sqlite3 *m_db;
};

class DataManager {
public:
  static DataManager &GetInstance() {
    static DataManager inst;
    return inst;
  }
  void InsertDoc(const std::string &path, const std::string &doc) {
    m_dbmgr.ExecuteSql("insert into doc_tb values(null,'" + doc + "','" +
                       path + "')");
  }

private:
  DataManager() { m_dbmgr.Open("doc.db"); }
  SqliteManager m_dbmgr;
};
