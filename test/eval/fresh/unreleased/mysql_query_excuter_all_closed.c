// SOURCE: public GitHub file (account management, mysql_query_excuter(); search-index id 35219830271; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - NULL-checked mysql_init; the connect failure, query failure and normal paths all call mysql_close
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>

#define PASSWD "Mydatabases@123"
#define USER "root"

void mysql_query_excuter(const char *query, const char *databases) {
  MYSQL *conn = mysql_init(NULL);

  // Check initialization
  if (conn == NULL) {
    printf("mysql_init failed\n");
    return;
  }

  // Connect to server
  if (!mysql_real_connect(conn, "localhost", USER, PASSWD, databases, 0, NULL, 0)) {
    printf("Connection failed: %s\n", mysql_error(conn));
    mysql_close(conn);
    return;
  }

  // Execute query
  if (mysql_query(conn, query)) {
    printf("Query execution failed: %s\n", mysql_error(conn));
    mysql_close(conn);
    return;
  }

  mysql_close(conn);
}
