// SOURCE: github.com/windworld17/my mysql/demo6/mysql_store.c (`for(;i<10;i++){ //one connect  mysql_init(&m_con); mysql_real_connect(&m_con, "127.0.0.1", ...) }` - connects ten times into the same stack MYSQL, never closing the earlier ones, then queries once)
// LIBRARY: mysql
// SHAPE: positive - mysql_init + mysql_real_connect on a caller-provided MYSQL struct in every loop iteration; the loop does not use its counter in the connect
#include <mysql/mysql.h>
#include <stdio.h>
#include <stdlib.h>

int main() {
  MYSQL m_con;
  int res = -1;
  const char *sql1 = "select * from user";
  MYSQL_RES *sql_res;
  MYSQL_ROW sql_row;
  int i = 0;

  for (; i < 10; i++) {
    // one connect
    mysql_init(&m_con); // EXPECT-WARN
    if (mysql_real_connect(&m_con, "127.0.0.1", "root", "", "test", 3306, NULL, 0) == NULL) {
      fprintf(stderr, "mysql connect error:%d:%s\n", mysql_errno(&m_con), mysql_error(&m_con));
      exit(-1);
    }
  }

  res = mysql_query(&m_con, sql1);
  if (res != 0) {
    perror("mysql query");
    exit(-2);
  }
  sql_res = mysql_use_result(&m_con);
  while ((sql_row = mysql_fetch_row(sql_res))) {
    for (i = 0; i < (int)mysql_field_count(&m_con); i++) fprintf(stderr, "%s ", sql_row[i]);
    printf("\n");
  }
  mysql_free_result(sql_res);
  return 0;
}
