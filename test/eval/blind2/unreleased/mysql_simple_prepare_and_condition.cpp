// SOURCE: public GitHub file, MySQL prepared-statement test utilities mysql_simple_prepare (search-index id 28233045086; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative (hard) - 'if (stmt && mysql_stmt_prepare(...))' closes the statement and returns NULL on a failed prepare; otherwise the statement (or NULL) is returned to the caller (the original then reads the error from the closed statement, a use after close that is not this check's concern)
// FLAGS: -I/usr/include/mariadb
#include <iostream>
#include <mysql.h>
#include <string>

MYSQL_STMT *mysql_simple_prepare(MYSQL *mysql_arg, const std::string &query,
                                 const std::string &headline) {
  MYSQL_STMT *stmt = mysql_stmt_init(mysql_arg);
  // mysql_stmt_prepare() Return Value - Zero for success. Nonzero if an error
  // occurred
  if (stmt && mysql_stmt_prepare(stmt, query.c_str(),
                                 (unsigned long)query.length())) {
    std::cout << headline << " mysql_stmt_prepare() failed: "
              << mysql_stmt_error(stmt) << std::endl;
    mysql_stmt_close(stmt);
    return nullptr;
  }
  return stmt;
}
