// SOURCE: public GitHub file (chat server signup: `MYSQL *conn = mysql_init(NULL); if (conn == NULL) error_handling(...); if (mysql_real_connect(...) == NULL) sql_error(conn);` where the error helpers print and exit; search-index id 10801877369; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - every failure path ends in a helper that calls exit(); the success path closes the connection
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>

static void error_handling(const char *msg) {
  fputs(msg, stderr);
  fputc('\n', stderr);
  exit(1);
}

static void sql_error(MYSQL *conn) {
  fprintf(stderr, "MySQL error: %s\n", mysql_error(conn));
  mysql_close(conn);
  exit(1);
}

int id_exists(const char *signup_id) {
  MYSQL *conn = mysql_init(NULL);
  if (conn == NULL)
    error_handling("mysql_init() failed");
  if (mysql_real_connect(conn, "127.0.0.1", "ubuntu", "mariadb", "account", 0, NULL, 0) == NULL)
    sql_error(conn);
  char query[256];
  snprintf(query, sizeof(query), "SELECT id FROM idpasswd WHERE id='%s'", signup_id);
  if (mysql_query(conn, query))
    sql_error(conn);
  MYSQL_RES *result = mysql_store_result(conn);
  if (result == NULL)
    sql_error(conn);
  int exists = mysql_num_rows(result) > 0;
  mysql_free_result(result);
  mysql_close(conn);
  return exists;
}
