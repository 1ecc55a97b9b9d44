// SOURCE: public GitHub file (HttpResponse::GetPubFileVec_ of a file-sharing web server; search-index id 41732060584; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - the pooled connection is returned by an RAII guard, but the MYSQL_RES from mysql_store_result is read row by row and never freed
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <cstdio>
#include <string>
#include <vector>

class SqlConnRAII {
public:
  explicit SqlConnRAII(MYSQL **Sql);
  ~SqlConnRAII();

private:
  MYSQL *Sql_;
};

void GetPubFileVec(std::vector<std::string> &fileList) {
  MYSQL *sql;
  SqlConnRAII RAII(&sql);
  char order[256] = {0};
  MYSQL_RES *res = nullptr;
  MYSQL_ROW row;
  std::snprintf(order, 256, "SELECT filename FROM public");
  mysql_query(sql, order);
  res = mysql_store_result(sql); // EXPECT-WARN
  while ((row = mysql_fetch_row(res)))
    fileList.push_back(row[0]);
}
