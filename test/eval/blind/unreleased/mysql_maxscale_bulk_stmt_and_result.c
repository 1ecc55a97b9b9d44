// SOURCE: public GitHub file (MaxScale system test mxs1121 "MariaDB 10.2 Bulk Insert", bind_by_column: `return show_stmt_error(stmt);` after a failed prepare or execute, and the MYSQL_RES of the row check is never freed; search-index id 90658242; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - the statement handle is not closed on the prepare/execute error returns, and the stored result is freed on no path
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>
#include <string.h>

static int show_mysql_error(MYSQL *mysql) {
  printf("Error(%d) [%s] \"%s\"\n", mysql_errno(mysql), mysql_sqlstate(mysql),
         mysql_error(mysql));
  return 1;
}

static int show_stmt_error(MYSQL_STMT *stmt) {
  printf("Error(%d) [%s] \"%s\"\n", mysql_stmt_errno(stmt),
         mysql_stmt_sqlstate(stmt), mysql_stmt_error(stmt));
  return 1;
}

int bind_by_column(MYSQL *mysql) {
  MYSQL_STMT *stmt;
  MYSQL_BIND bind[3];
  const char *surnames[] = {"Widenius", "Axmark", "N.N."};
  unsigned long surnames_length[] = {8, 6, 4};
  unsigned int array_size = 3;

  if (mysql_query(mysql, "DROP TABLE IF EXISTS test.bulk_example1"))
    return show_mysql_error(mysql);

  stmt = mysql_stmt_init(mysql); // EXPECT-WARN
  if (mysql_stmt_prepare(stmt, "INSERT INTO test.bulk_example1 VALUES (?,?,?)", -1)) {
    return show_stmt_error(stmt);
  }
  memset(bind, 0, sizeof(MYSQL_BIND) * 3);
  bind[2].buffer_type = MYSQL_TYPE_STRING;
  bind[2].buffer = surnames;
  bind[2].length = surnames_length;
  mysql_stmt_attr_set(stmt, STMT_ATTR_ARRAY_SIZE, &array_size);
  mysql_stmt_bind_param(stmt, bind);
  if (mysql_stmt_execute(stmt)) {
    return show_stmt_error(stmt);
  }
  mysql_stmt_close(stmt);

  if (mysql_query(mysql, "SELECT * FROM test.bulk_example1"))
    return show_mysql_error(mysql);

  MYSQL_RES *res = mysql_store_result(mysql); // EXPECT-WARN
  if (res == NULL || mysql_num_rows(res) != 3) {
    printf("Expected 3 rows but got %d (%s)\n", res ? (int)mysql_num_rows(res) : 0,
           mysql_error(mysql));
    return 1;
  }
  if (mysql_query(mysql, "DROP TABLE test.bulk_example1"))
    return show_mysql_error(mysql);
  return 0;
}
