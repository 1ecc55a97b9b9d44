// SOURCE: public GitHub file (DBHelper::executeQuery: `unique_ptr<MYSQL_STMT, StmtDeleter> stmt(mysql_stmt_init(conn));` with early returns on prepare failure; search-index id 55331533962; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the statement is adopted by a unique_ptr with a deleter struct that calls mysql_stmt_close; the result metadata likewise
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

struct StmtDeleter {
  void operator()(MYSQL_STMT *stmt) const {
    if (stmt) mysql_stmt_close(stmt);
  }
};
struct ResDeleter {
  void operator()(MYSQL_RES *res) const {
    if (res) mysql_free_result(res);
  }
};

std::vector<std::vector<std::string>> executeQuery(MYSQL *conn, const std::string &query) {
  std::vector<std::vector<std::string>> results;
  std::unique_ptr<MYSQL_STMT, StmtDeleter> stmt(mysql_stmt_init(conn));
  if (!stmt)
    return results;
  if (mysql_stmt_prepare(stmt.get(), query.c_str(), query.length())) {
    std::fprintf(stderr, "%s\n", mysql_stmt_error(stmt.get()));
    return results;
  }
  std::unique_ptr<MYSQL_RES, ResDeleter> meta(mysql_stmt_result_metadata(stmt.get()));
  if (!meta)
    return results;
  if (mysql_stmt_execute(stmt.get()))
    return results;
  results.push_back({std::to_string(mysql_num_fields(meta.get()))});
  return results;
}
