// SOURCE: public GitHub file modules/mysql/db.c (search-index id 57486326692; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - db_init() runs mysql_library_init itself and, when the persistent connection fails, closes the global, resets it and ends the library again; the daemon then runs without a database
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdbool.h>
#include <stddef.h>
#include <syslog.h>

typedef struct {
  bool enabled;
  const char *host, *user, *password, *database;
  unsigned int port;
} DBConfig;

static MYSQL *g_mysql = NULL;
static bool g_db_enabled = false;

int db_init(DBConfig *cfg) {
  if (!cfg->enabled) {
    g_db_enabled = false;
    return 0;
  }
  if (mysql_library_init(0, NULL, NULL) != 0) {
    syslog(LOG_ERR, "mysql_library_init failed");
    return -1;
  }
  g_mysql = mysql_init(NULL);
  if (!g_mysql) {
    mysql_library_end();
    return -1;
  }
  unsigned int timeout = 5;
  mysql_options(g_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
  if (!mysql_real_connect(g_mysql, cfg->host, cfg->user, cfg->password,
                          cfg->database, cfg->port, NULL,
                          CLIENT_MULTI_STATEMENTS)) {
    syslog(LOG_ERR, "MySQL connection failed: %s", mysql_error(g_mysql));
    mysql_close(g_mysql);
    g_mysql = NULL;
    mysql_library_end();
    g_db_enabled = false;
    return -1;
  }
  g_db_enabled = true;
  return 0;
}

MYSQL *db_get_connection(void) { return g_mysql; }
