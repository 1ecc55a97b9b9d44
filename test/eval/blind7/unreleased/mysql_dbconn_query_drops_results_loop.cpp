// SOURCE: public GitHub file (game server DB connection wrapper, query with dropret; search-index id 44319154285; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: negative - after a successful mysql_real_query with 'dropret', a do/while loop stores each pending result and frees it when non-NULL until mysql_next_result says there are no more; the connection is an embedded member
// FLAGS: -I/usr/include/mariadb
#include <cstdio>
#include <errmsg.h>
#include <mysql.h>
#include <string>

enum { DBCS_CONNECTED = 1, DBCS_QUERYING = 2, DBCS_LOST = 4 };

class DBConnection {
public:
  int query(const std::string &s, bool dropret);

private:
  void setState(int st) { _state = st; }
  MYSQL _mysql;
  int _state = 0;
};

int DBConnection::query(const std::string &s, bool dropret) {
  int ret = mysql_real_query(&_mysql, s.c_str(), s.size());
  if (!ret) {
    setState(DBCS_QUERYING | DBCS_CONNECTED);

    if (dropret) {
      do {
        MYSQL_RES *res = mysql_store_result(&_mysql);
        if (res)
          mysql_free_result(res);
      } while (!mysql_next_result(&_mysql));
    }
    return 0;
  }

  switch (mysql_errno(&_mysql)) {
  case CR_CONNECTION_ERROR:
  case CR_CONN_HOST_ERROR:
  case CR_SERVER_GONE_ERROR:
  case CR_SERVER_LOST:
    std::fprintf(stderr, "%s\n", mysql_error(&_mysql));
    setState(DBCS_LOST);
    break;
  default:
    break;
  }
  return -1;
}
