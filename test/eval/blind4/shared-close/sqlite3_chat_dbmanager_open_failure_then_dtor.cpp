// SOURCE: public GitHub file with class DBManager (search-index id 11222833965; DBManager::connectDataBase, ~DBManager, instance; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - the chat server's singleton closes its member handle when sqlite3_open fails and keeps the pointer; the destructor closes it a second time, and a later connectDataBase() or query runs on the closed handle
#include <iostream>
#include <sqlite3.h>
#include <string>

class DBManager {
public:
  static DBManager *instance();
  bool connectDataBase();
  bool addChatHistory(const std::string &user, const std::string &msg);
  ~DBManager();

private:
  DBManager() : m_dbPath("db/chat.db") {}
  static DBManager *m_dbManager;
  std::string m_dbPath;
  sqlite3 *m_db = nullptr;
};

DBManager *DBManager::m_dbManager = nullptr;

DBManager::~DBManager() { sqlite3_close(m_db); }

DBManager *DBManager::instance() {
  if (nullptr == m_dbManager)
    m_dbManager = new DBManager();
  return m_dbManager;
}

bool DBManager::connectDataBase() {
  int rc = sqlite3_open(m_dbPath.c_str(), &m_db);
  if (rc) {
    std::cerr << "Can't open database: " << sqlite3_errmsg(m_db);
    sqlite3_close(m_db); // EXPECT-WARN
    return false;
  }
  return true;
}

bool DBManager::addChatHistory(const std::string &user,
                               const std::string &msg) {
  sqlite3_stmt *stmt = nullptr;
  if (sqlite3_prepare_v2(m_db,
                         "INSERT INTO ChatHistory (username, message) "
                         "VALUES (?, ?)",
                         -1, &stmt, nullptr) != SQLITE_OK)
    return false;
  sqlite3_bind_text(stmt, 1, user.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 2, msg.c_str(), -1, SQLITE_TRANSIENT);
  bool ok = sqlite3_step(stmt) == SQLITE_DONE;
  sqlite3_finalize(stmt);
  return ok;
}
