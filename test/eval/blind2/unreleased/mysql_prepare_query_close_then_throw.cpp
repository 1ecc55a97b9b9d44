// SOURCE: public GitHub file, CMySQLConnection::InternalPrepareQuery (search-index id 5801421956; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the statement is closed after the exception object has copied its error, then the exception is thrown; on success it is returned
// FLAGS: -I/usr/include/mariadb
#include <cstring>
#include <mysql.h>
#include <stdexcept>
#include <string>

class CMySQLException : public std::runtime_error {
public:
  explicit CMySQLException(MYSQL_STMT *stmt)
      : std::runtime_error(mysql_stmt_error(stmt)) {}
};

class CMySQLConnection {
public:
  MYSQL_STMT *InternalPrepareQuery(const char *query_text) const;

private:
  void CheckConnected() const;
  MYSQL *conn = nullptr;
};

MYSQL_STMT *CMySQLConnection::InternalPrepareQuery(const char *query_text) const {
  CheckConnected();
  MYSQL_STMT *stmt(nullptr);

  stmt = mysql_stmt_init(conn);
  if (!stmt)
    throw std::runtime_error("mysql_stmt_init(), out of memory");

  unsigned long size = (unsigned long)strlen(query_text);
  if (mysql_stmt_prepare(stmt, query_text, size)) {
    CMySQLException e(stmt);

    mysql_stmt_close(stmt);
    throw e;
  }

  return stmt;
}
