// SOURCE: public GitHub file (YAP Prolog MySQL binding db_connect: mysql_init, then `if (mysql_real_connect(...) == NULL) { printf("Erro no connect"); return false; }` without mysql_close; search-index id 24287033129; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - a failed mysql_real_connect returns without closing the handle mysql_init allocated; on success the handle is handed to the caller as an integer term
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdbool.h>
#include <stdio.h>

typedef long YAP_Term;
extern bool YAP_UnifyConn(YAP_Term t, long value);

int db_connect(YAP_Term arg_conn, const char *host, const char *user,
               const char *passwd, const char *database) {
  MYSQL *conn;
  conn = mysql_init(NULL); // EXPECT-WARN
  if (conn == NULL) {
    printf("Errei no INit");
    return false;
  }
  if (mysql_real_connect(conn, host, user, passwd, database, 0, NULL, 0) == NULL) {
    printf("Erro no connect");
    return false;
  }
  if (!YAP_UnifyConn(arg_conn, (long)conn)) {
    return false;
  }
  return true;
}
