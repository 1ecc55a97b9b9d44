// SOURCE: public GitHub file (device repository insert: `MYSQL_STMT* stmt = mysql_stmt_init(mysqlConn); if (!stmt) throw ...; if (mysql_stmt_prepare(...) != 0) { std::string err = ...; mysql_stmt_close(stmt); throw ...; }`; search-index id 36433660707; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the error message is copied, the statement closed, then the exception thrown; the success path closes it after executing
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <cstring>
#include <stdexcept>
#include <string>

long long insertDevice(MYSQL *mysqlConn, const std::string &brand) {
  std::string query = "INSERT INTO devices (brand) VALUES (?)";
  MYSQL_STMT *stmt = mysql_stmt_init(mysqlConn);
  if (!stmt) {
    throw std::runtime_error("Failed to initialize statement");
  }
  if (mysql_stmt_prepare(stmt, query.c_str(), query.length()) != 0) {
    std::string err = mysql_error(mysqlConn);
    mysql_stmt_close(stmt);
    throw std::runtime_error("Failed to prepare statement: " + err);
  }
  MYSQL_BIND params[1];
  std::memset(params, 0, sizeof params);
  unsigned long len = brand.size();
  params[0].buffer_type = MYSQL_TYPE_STRING;
  params[0].buffer = const_cast<char *>(brand.data());
  params[0].length = &len;
  mysql_stmt_bind_param(stmt, params);
  bool ok = mysql_stmt_execute(stmt) == 0;
  long long id = ok ? (long long)mysql_stmt_insert_id(stmt) : -1;
  mysql_stmt_close(stmt);
  return id;
}
