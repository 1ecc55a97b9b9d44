// SOURCE: public GitHub file (access-control daemon, acm_mysql_connect(); found with the code search corpus, which did not name its repository or give an index id)
// LIBRARY: mysql
// SHAPE: positive - the handle is assigned to the by-value parameter `db`, so it never reaches the caller: the connect-failure path and the success path both lose it
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <syslog.h>

int acm_mysql_connect(MYSQL *db) {
  /* initialize databse */
  db = mysql_init(NULL); // EXPECT-WARN
  if (db == NULL) {
    syslog(LOG_ERR, "%s", "mysql object cannot be initialized");
    return 0;
  }
  if (mysql_real_connect(db, NULL, "root", "codm", "ibdoor", 0, NULL, 0) == NULL) {
    syslog(LOG_ERR, "error at mysql connection: %d - %s\n", mysql_errno(db), mysql_error(db));
    return 1;
  }
  return 0;
}
