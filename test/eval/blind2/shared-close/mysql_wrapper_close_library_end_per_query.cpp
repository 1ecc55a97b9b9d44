// SOURCE: public GitHub file (DLibs dmysql.cpp by Didier Fabert, class DMySQL; search-index id 19498650794; the index does not name its repository)
// LIBRARY: mariadb
// SHAPE: positive - DMySQL::exec() opens the connection itself when it is not open and closes it again at the end through close(), and close() always ends with mysql_library_end(); a loop of exec() calls therefore tears the client library down after every query while another DMySQL object of the process is still connected (the caller with two objects is reconstructed; options and exceptions cut)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <string>
#include <vector>

class DMySQL {
public:
  DMySQL() : m_mysql(nullptr), m_opened(false) {}
  ~DMySQL() { close(); }

  bool open();
  void close();
  bool exec(const std::string &query);

  std::string host = "localhost", user = "app", password, base = "app";

private:
  MYSQL *m_mysql;
  bool m_opened;
};

bool DMySQL::open() {
  if (m_mysql)
    return true;
  if (mysql_library_init(0, NULL, NULL))
    return false;
  m_mysql = mysql_init(NULL);
  if (!m_mysql)
    return false;
  if (!mysql_real_connect(m_mysql, host.c_str(), user.c_str(),
                          password.c_str(), base.c_str(), 3306, NULL, 0)) {
    m_opened = false;
    return false;
  }
  m_opened = true;
  return true;
}

void DMySQL::close() {
  if (m_mysql) {
    mysql_close(m_mysql);
    m_mysql = 0;
    m_opened = false;
  }
  mysql_library_end(); // EXPECT-WARN
}

bool DMySQL::exec(const std::string &query) {
  bool closeConnection = false;

  // If connection was not initialized, try to open it
  if (!m_opened || m_mysql == 0) {
    closeConnection = true;
    open();
    if (!m_opened || m_mysql == 0)
      return false;
  }

  if (mysql_ping(m_mysql))
    return false;

  bool ok = mysql_real_query(m_mysql, query.c_str(), query.length()) == 0;
  if (ok) {
    MYSQL_RES *results = mysql_store_result(m_mysql);
    if (results)
      mysql_free_result(results);
  }

  if (closeConnection)
    close();
  return ok;
}

// Copies the day's orders into the archive; the shop connection stays open.
void archiveOrders(DMySQL &shop, DMySQL &archive,
                   const std::vector<std::string> &inserts) {
  shop.open();
  for (const std::string &insert : inserts)
    archive.exec(insert);
  shop.exec("DELETE FROM orders WHERE archived = 1");
}
