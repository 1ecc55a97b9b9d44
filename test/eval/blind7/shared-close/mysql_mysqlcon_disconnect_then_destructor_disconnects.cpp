// SOURCE: public GitHub file (mysqlcon::disconnect: mysql_close(m_mysql); connected = false; search-index id 786863192; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: positive - disconnect() closes the MYSQL member and only clears the 'connected' flag, which it never tests, so the destructor's call to disconnect() (rendered: the destructor is not in the excerpt) closes the same handle a second time
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <string>

class mysqlcon {
public:
  mysqlcon() : m_mysql(mysql_init(nullptr)), connected(false) {}
  ~mysqlcon() { disconnect(); }

  std::string connect(const std::string &host, const std::string &user, const std::string &pw,
                      const std::string &db, unsigned port) {
    std::string errorbuffer;
    if (mysql_real_connect(m_mysql, host.c_str(), user.c_str(), pw.c_str(), db.c_str(), port,
                           nullptr, 0) == nullptr) {
      errorbuffer.append(mysql_error(m_mysql));
      errorbuffer.append("\n");
    } else {
      connected = true;
    }
    return errorbuffer;
  }

  void disconnect() {
    mysql_close(m_mysql); // EXPECT-WARN
    connected = false;
  }

  bool sendCommand(const std::string &sql) {
    if (!connected)
      return false;
    return mysql_query(m_mysql, sql.c_str()) == 0;
  }

private:
  MYSQL *m_mysql;
  bool connected;
};
