// SOURCE: public GitHub file (connect_db: `MYSQL *conn = mysql_init(nullptr); ... if (mysql_real_connect(...) == nullptr) { ...; mysql_close(conn); return nullptr; } return conn;`; search-index id 52265896709; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - a factory closes the handle when the connect fails and returns it to the caller when it succeeds
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <iostream>
#include <string>

MYSQL *connect_db(const std::string &host, const std::string &user,
                  const std::string &password, const std::string &dbname) {
  MYSQL *conn = mysql_init(nullptr);
  if (conn == nullptr) {
    std::cerr << "mysql_init failed" << std::endl;
    return nullptr;
  }
  const char *db = dbname.empty() ? nullptr : dbname.c_str();
  if (mysql_real_connect(conn, host.c_str(), user.c_str(), password.c_str(), db,
                         3306, nullptr, 0) == nullptr) {
    std::cerr << "connect failed: " << mysql_error(conn) << std::endl;
    mysql_close(conn);
    return nullptr;
  }
  return conn;
}
