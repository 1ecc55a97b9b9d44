// SOURCE: public GitHub file bookVldtRatingId.c, a CGI program (search-index id 16995686480; main, fPrintResult; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: negative - (hard) a CGI program runs one query per process: main initialises the client library and connects, and the helper that prints the single result closes the connection and calls mysql_library_end as the program's last use of MySQL; main returns right after. The teardown is outside main, in a helper with no shutdown-like name
// FLAGS: -I/usr/include/mariadb
#define _GNU_SOURCE
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>

MYSQL *conn;
MYSQL_RES *res;
MYSQL_ROW row;

static void fPrintResult(char *strSQL);

int main(void) {
  int iRatingID = 0;
  char *strSQL = NULL;
  const char *sParam = getenv("QUERY_STRING");

  printf("Content-type: text/html\n\n");
  if (sParam == NULL || sscanf(sParam, "ratingID=%d", &iRatingID) != 1)
    return EXIT_FAILURE;

  if (mysql_library_init(0, NULL, NULL)) {
    printf("Cannot initialize MySQL Client library\n");
    return EXIT_FAILURE;
  }

  conn = mysql_init(NULL);
  if (!mysql_real_connect(conn, "192.168.1.64", "web", "secret", "books", 0,
                          NULL, 0)) {
    printf("Error: %s\n", mysql_error(conn));
    return EXIT_FAILURE;
  }

  if (asprintf(&strSQL,
               "SELECT `Rating Name` FROM `Book Ratings` WHERE `Rating ID` "
               "= '%d';",
               iRatingID) < 0)
    return EXIT_FAILURE;
  fPrintResult(strSQL);
  free(strSQL);
  return EXIT_SUCCESS;
}

static void fPrintResult(char *strSQL) {
  if (mysql_query(conn, strSQL) != 0) {
    printf("mysql_query() error in function %s():\n\n%s", __func__,
           mysql_error(conn));
    return;
  }

  res = mysql_store_result(conn);
  if (res == NULL) {
    printf("%s() -- no results returned", __func__);
    return;
  }

  if ((row = mysql_fetch_row(res)))
    printf("%s", row[0]);
  else
    printf("No rating found");

  mysql_free_result(res);

  // close the database connection created by mysql_init(NULL)
  mysql_close(conn);

  // free resources used by the MySQL library
  mysql_library_end();
}
