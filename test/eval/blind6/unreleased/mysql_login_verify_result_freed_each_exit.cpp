// SOURCE: public GitHub file (HttpResponse::LoginVerify of a web server with a MySQL pool; search-index id 71415884434; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - NULL result returns early holding nothing; the empty-row return and the normal end both free the result; the pooled connection is given back by an RAII guard
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <string>

MYSQL *GetFreeConn();
struct sqlRAII {
  explicit sqlRAII(MYSQL *Conn);
  ~sqlRAII();
  MYSQL *Conn;
};

bool LoginVerify(const std::string &name, const std::string &pwd) {
  if (name.empty() || pwd.empty())
    return false;
  MYSQL *sql = GetFreeConn();
  if (nullptr == sql)
    return false;
  sqlRAII raii(sql);
  std::string query = "SELECT password FROM user WHERE username='" + name + "' LIMIT 1";
  if (mysql_query(sql, query.data()))
    return false;
  MYSQL_RES *res = mysql_store_result(sql);
  if (!res)
    return false;
  MYSQL_ROW row = mysql_fetch_row(res);
  if (!row) {
    mysql_free_result(res);
    return false;
  }
  const std::string dbPassword(row[0]);
  const bool success = (pwd == dbPassword);
  mysql_free_result(res);
  return success;
}
