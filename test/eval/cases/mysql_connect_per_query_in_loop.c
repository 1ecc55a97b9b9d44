// SOURCE: https://github.com/postfixadmin/postfixadmin/issues/38 ("it creates a new one for each db_query, escape_string ... This is extremely slow") and https://github.com/openemr/openemr/pull/1305 ("Do not open a new database connection for every acl_check call") - rendered with the MariaDB C API: db_query() connects, runs one statement and closes; the page loop calls it per row
// LIBRARY: mysql
// SHAPE: positive - query helper opens a MYSQL handle per call; called in a loop over mailboxes
#include <mysql/mysql.h>
#include <stdio.h>

static int db_query(const char *sql) {
  MYSQL *link = mysql_init(NULL); // EXPECT-WARN
  if (!link)
    return -1;
  if (!mysql_real_connect(link, "localhost", "postfix", "secret", "postfix", 0, NULL, 0)) {
    fprintf(stderr, "connect: %s\n", mysql_error(link));
    mysql_close(link);
    return -1;
  }
  int rc = mysql_query(link, sql);
  MYSQL_RES *res = mysql_store_result(link);
  if (res)
    mysql_free_result(res);
  mysql_close(link);
  return rc;
}

void list_mailboxes(const char **domains, int n) {
  char sql[512];
  for (int i = 0; i < n; i++) {
    snprintf(sql, sizeof(sql), "SELECT username FROM mailbox WHERE domain='%s'", domains[i]);
    db_query(sql);
  }
}
