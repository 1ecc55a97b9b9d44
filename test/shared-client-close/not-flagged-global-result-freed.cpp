// A global result set freed in a helper is not a client left dangling: a
// result is made again by each query, while the connection it came from
// stays open.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags | count 0

#include <cstdio>
#include <mysql.h>

MYSQL *Conn;
MYSQL_RES *Res;

void printFirstRow(const char *Query) {
  if (mysql_query(Conn, Query) != 0)
    return;
  Res = mysql_store_result(Conn);
  if (Res == nullptr)
    return;
  if (MYSQL_ROW Row = mysql_fetch_row(Res))
    std::printf("%s\n", Row[0]);
  mysql_free_result(Res);
}
