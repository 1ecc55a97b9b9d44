// SOURCE: github.com/mariadb-corporation/MaxScale server/modules/monitor/mysql_mon.c (monitorMain() walks handle->databases every interval; monitorDatabase() does `if (database->con == NULL || mysql_ping(database->con) != 0) { database->con = mysql_init(NULL); ... mysql_real_connect(database->con, database->server->name, ...) }`)
// LIBRARY: mysql
// SHAPE: negative - reconnect-on-failure into a per-server struct field, inside a loop over distinct monitored hosts; connections persist across rounds
#include <mysql/mysql.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct server { char *name; unsigned short port; unsigned status; } SERVER;
typedef struct monitor_servers {
  SERVER *server;
  MYSQL *con;
  struct monitor_servers *next;
} MONITOR_SERVERS;
typedef struct {
  int shutdown;
  unsigned long interval;
  char *defaultUser, *defaultPasswd;
  int connect_timeout;
  MONITOR_SERVERS *databases;
} MYSQL_MONITOR;

static char *decryptPassword(const char *p) { return strdup(p); }

static void monitorDatabase(MYSQL_MONITOR *handle, MONITOR_SERVERS *database) {
  char *uname = handle->defaultUser;
  char *passwd = handle->defaultPasswd;
  if (database->con == NULL || mysql_ping(database->con) != 0) {
    char *dpwd = decryptPassword(passwd);
    int connect_timeout = handle->connect_timeout;
    database->con = mysql_init(NULL);
    mysql_options(database->con, MYSQL_OPT_CONNECT_TIMEOUT, (void *)&connect_timeout);
    if (mysql_real_connect(database->con, database->server->name, uname, dpwd, NULL,
                           database->server->port, NULL, 0) == NULL) {
      free(dpwd);
      database->server->status = 0;
      return;
    }
    free(dpwd);
  }
  database->server->status = 1;
  if (mysql_query(database->con, "SHOW SLAVE STATUS") == 0) {
    MYSQL_RES *result = mysql_store_result(database->con);
    if (result) mysql_free_result(result);
  }
}

void monitorMain(void *arg) {
  MYSQL_MONITOR *handle = (MYSQL_MONITOR *)arg;
  MONITOR_SERVERS *ptr;
  if (mysql_thread_init()) return;
  while (1) {
    if (handle->shutdown) {
      mysql_thread_end();
      return;
    }
    usleep(100 * 1000);
    ptr = handle->databases;
    while (ptr) {
      monitorDatabase(handle, ptr);
      ptr = ptr->next;
    }
  }
}
