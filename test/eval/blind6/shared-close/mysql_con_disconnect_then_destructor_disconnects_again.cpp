// SOURCE: public GitHub file (mysqlcon.cpp; search-index id 786863192; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - disconnect() closes the MYSQL member and only clears the 'connected' flag; the destructor calls disconnect() again, so a caller that disconnects and then destroys the object closes the handle twice
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <string>

class mysqlcon {
public:
  mysqlcon(std::string Host, unsigned Port, std::string User, std::string Pw,
           std::string Db)
      : host(Host), port(Port), user(User), pw(Pw), db(Db) {}
  ~mysqlcon() { disconnect(); }

  std::string connect() {
    m_mysql = mysql_init(NULL);
    std::string errorbuffer;
    if (m_mysql == NULL)
      return "mysql_init failed\n";
    if (mysql_real_connect(m_mysql, host.c_str(), user.c_str(), pw.c_str(),
                           db.c_str(), port, NULL, 0) == NULL) {
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

  std::string sendCommand(const std::string &Sql) {
    std::string out;
    if (connected && !mysql_query(m_mysql, Sql.c_str())) {
      MYSQL_RES *result = mysql_store_result(m_mysql);
      if (result != NULL)
        mysql_free_result(result);
    }
    return out;
  }

private:
  std::string host;
  unsigned port;
  std::string user, pw, db;
  bool connected = false;
  MYSQL *m_mysql = nullptr;
};
