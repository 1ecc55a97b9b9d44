// SOURCE: public GitHub file (bookVldtRatingId.c CGI: fPrintResult closes the global MYSQL connection and calls mysql_library_end after printing one row, while main initialised both; search-index id 16995686480; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - a print helper closes the process's global connection without resetting it and tears the client library down although main owns both (hard: the CGI exits right after)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>

MYSQL *conn;
MYSQL_RES *res;
MYSQL_ROW row;

void fPrintResult(char *strSQL);

int main(void) {
  if (mysql_library_init(0, NULL, NULL))
    return EXIT_FAILURE;
  conn = mysql_init(NULL);
  if (!mysql_real_connect(conn, "db", "user", "pw", "books", 0, NULL, 0)) {
    printf("Error: %s\n", mysql_error(conn));
    return EXIT_FAILURE;
  }
  fPrintResult("SELECT `Rating Name` FROM `Book Ratings` WHERE `Rating ID` = 1");
  return EXIT_SUCCESS;
}

void fPrintResult(char *strSQL) {
  if (mysql_query(conn, strSQL) != 0) {
    printf("mysql_query() error: %s\n", mysql_error(conn));
    return;
  }
  res = mysql_store_result(conn);
  if (res == NULL) {
    printf("no results returned\n");
    return;
  }
  if ((row = mysql_fetch_row(res)))
    printf("%s", row[0]);
  else
    printf("No rating found");
  mysql_free_result(res);
  mysql_close(conn); // EXPECT-WARN
  mysql_library_end(); // EXPECT-WARN
}
