// SOURCE: public GitHub file (search engine indexer IndexData: `conn=mysql_init(conn); if (mysql_real_connect(conn, ...)) { ... }` with the work and the close inside the success branch; search-index id 44895713549; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - a release guarded by the connect's success: when mysql_real_connect fails the handle from mysql_init is never closed
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <iostream>
#include <string>
#include <vector>

struct ParamIndex {
  std::string ServerName, Login, Password, SchemeName;
};
extern ParamIndex params;

void IndexData() {
  MYSQL *conn = nullptr;
  conn = mysql_init(conn); // EXPECT-WARN
  if (mysql_real_connect(conn, params.ServerName.c_str(), params.Login.c_str(),
                         params.Password.c_str(), params.SchemeName.c_str(), 0,
                         NULL, 0)) {
    std::vector<std::string> tables = {"word_page", "page", "word"};
    for (auto &table : tables) {
      std::string q = "TRUNCATE TABLE " + table;
      if (mysql_query(conn, q.c_str()))
        std::cerr << mysql_error(conn) << "\n";
    }
    mysql_close(conn);
  } else {
    std::cerr << "Cannot connect: " << mysql_error(conn) << "\n";
  }
}
