// SOURCE: public GitHub file (Login_DB::isGM of a game login server; search-index id 9322544254; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the result is read only when non-NULL and mysql_free_result (which accepts NULL) is called on every path
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <cstdio>
#include <cstdlib>

int isGM(MYSQL *handle, unsigned long account_id) {
  char tmpsql[256];
  MYSQL_RES *sql_res;
  MYSQL_ROW sql_row;
  int level = 0;
  std::snprintf(tmpsql, sizeof tmpsql, "SELECT level FROM login WHERE account_id='%lu'", account_id);
  if (mysql_query(handle, tmpsql))
    std::fprintf(stderr, "DB server Error - %s\n", mysql_error(handle));
  sql_res = mysql_store_result(handle);
  if (sql_res) {
    sql_row = mysql_fetch_row(sql_res);
    level = std::atoi(sql_row[0]);
    if (level > 99)
      level = 99;
  }
  mysql_free_result(sql_res);
  return level;
}
