// SOURCE: public GitHub file db.c (db_connect()/db_close(); search-index id 13054774361; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - NULL-checked mysql_init, mysql_close on connect failure, handle returned on success (db_close releases it later)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>

#define DB_SERVER "localhost"
#define DB_USER "app"
#define DB_PASS "app"
#define DB_NAME "app"

MYSQL *db_connect() {
  MYSQL *conn = mysql_init(NULL);
  if (conn == NULL) {
    fprintf(stderr, "mysql_init() failed\n");
    return NULL;
  }
  if (mysql_real_connect(conn, DB_SERVER, DB_USER, DB_PASS, DB_NAME, 3306, NULL, 0) == NULL) {
    fprintf(stderr, "mysql_real_connect() failed\n");
    mysql_close(conn);
    return NULL;
  }
  printf("Connected to MySQL OK\n");
  return conn;
}

// Function to close the database connection
void db_close(MYSQL *conn) {
  if (conn != NULL) {
    mysql_close(conn);
  }
}
