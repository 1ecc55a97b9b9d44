// SOURCE: github.com/Georce/lepus lepus/python/check_mysql.py (check_mysql(host,port,username,password,server_id,tags) opens MySQLdb.connect(host=host, ...) for the server it is given; the driver iterates over every configured server); rendered in C with the MariaDB client library, one pass over the server list per invocation
// LIBRARY: mysql
// SHAPE: negative - connection per distinct host inside a loop over the configured servers; the connect uses the loop's own element (host/port), which is the point of the loop
#include <mysql/mysql.h>
#include <stdio.h>

typedef struct { const char *host; unsigned port; const char *user; const char *password; int server_id; } server_t;

static void check_mysql(const server_t *srv) {
  MYSQL *conn = mysql_init(NULL);
  unsigned timeout = 3;
  mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
  if (!mysql_real_connect(conn, srv->host, srv->user, srv->password, "information_schema", srv->port, NULL, 0)) {
    fprintf(stderr, "server %d down: %s\n", srv->server_id, mysql_error(conn));
    mysql_close(conn);
    return;
  }
  if (mysql_query(conn, "SHOW GLOBAL STATUS") == 0) {
    MYSQL_RES *res = mysql_store_result(conn);
    if (res) mysql_free_result(res);
  }
  mysql_close(conn);
}

int main(void) {
  server_t servers[] = {
      {"10.0.0.11", 3306, "monitor", "m0n", 1},
      {"10.0.0.12", 3306, "monitor", "m0n", 2},
      {"10.0.0.13", 3307, "monitor", "m0n", 3},
  };
  for (size_t i = 0; i < sizeof servers / sizeof servers[0]; i++) check_mysql(&servers[i]);
  return 0;
}
