// SOURCE: public GitHub file with class CDBMySQL (search-index id 2072294891; CDBMySQL::Close, Open, ~CDBMySQL; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: positive - Close() closes the member connection under the lock but leaves the pointer set: Open() then returns true at once ("already open") with the closed handle, and the destructor calls Close() again, which closes it a second time
// FLAGS: -I/usr/include/mariadb
#include <mutex>
#include <mysql.h>
#include <string>

class CDBMySQL {
public:
  ~CDBMySQL() { Close(); }

  bool Close() {
    std::lock_guard<std::mutex> guard(m_mutex);
    if (nullptr != m_mysql) {
      mysql_close(m_mysql); // EXPECT-WARN
      return true;
    }
    return false;
  }

  bool Open() {
    if (m_mysql != nullptr)
      return true;
    MYSQL *mysql = mysql_init(nullptr);
    if (mysql != nullptr &&
        mysql_real_connect(mysql, m_serverIP.c_str(), m_mysqlUser.c_str(),
                           m_mysqlPass.c_str(), m_mysqlDb.c_str(),
                           m_serverPort, nullptr, CLIENT_MULTI_STATEMENTS)) {
      std::lock_guard<std::mutex> guard(m_mutex);
      m_mysql = mysql;
      return true;
    }
    if (mysql != nullptr)
      mysql_close(mysql);
    return false;
  }

  bool Execute(const std::string &sql) {
    std::lock_guard<std::mutex> guard(m_mutex);
    return m_mysql != nullptr && mysql_query(m_mysql, sql.c_str()) == 0;
  }

private:
  std::mutex m_mutex;
  MYSQL *m_mysql = nullptr;
  std::string m_serverIP, m_mysqlUser, m_mysqlPass, m_mysqlDb;
  unsigned int m_serverPort = 3306;
};
