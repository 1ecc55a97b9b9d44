// SOURCE: public GitHub file (resume indexer get_candidate_info: every error jumps to `out:`, which closes the connection; the `!res || mysql_num_rows(res) == 0` branch jumps there without mysql_free_result; search-index id 347578169; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - the cleanup label closes the MYSQL handle on every path (silent), but an empty, non-NULL result set is never freed
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int get_candidate_info(int id, int *experience, int *ctc, char *location) {
  int ret = 0;
  char q[100];
  MYSQL *conn;
  MYSQL_RES *res;
  MYSQL_ROW row;

  if ((conn = mysql_init(NULL)) == NULL) {
    printf("Error creating mysql conn\n");
    ret = -1;
    goto out;
  }
  if (mysql_real_connect(conn, "localhost", "indexer", "pw", "jobs", 0, NULL, 0) == NULL) {
    printf("Error connecting to db\n");
    ret = -1;
    goto out;
  }
  sprintf(q, "select experience,location,min_ctc from candidates where id=%d", id);
  if (mysql_query(conn, q) != 0) {
    printf("Error executing query\n");
    ret = -1;
    goto out;
  }
  res = mysql_store_result(conn); // EXPECT-WARN
  if (!res || mysql_num_rows(res) == 0) {
    printf("No results found\n");
    ret = -1;
    goto out;
  }
  row = mysql_fetch_row(res);
  *experience = row[0] ? strtol(row[0], 0, 0) : 0;
  strcpy(location, row[1] ? row[1] : "");
  *ctc = row[2] ? strtol(row[2], 0, 0) : 0;
  mysql_free_result(res);

out:
  if (conn)
    mysql_close(conn);
  return ret;
}
