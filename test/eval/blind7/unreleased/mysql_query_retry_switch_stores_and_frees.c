// SOURCE: public GitHub file (dp logger MySQL query helper with retry; search-index id 10873325033; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: negative - in the CR_COMMANDS_OUT_OF_SYNC case of a switch on mysql_errno, mysql_store_result is called only to drain the connection and freed at once (mysql_free_result accepts NULL) before returning; the other cases hold no result
// FLAGS: -I/usr/include/mariadb
#include <errmsg.h>
#include <mysql.h>
#include <stdbool.h>
#include <time.h>

void dp_logger(int level, const char *fmt, ...);
bool db_reconnect(MYSQL *db);
#define LOG_ERR 3

bool db_query(MYSQL *db, const char *query, bool if_retry) {
  bool if_reconnected = false, is_recoverable;
  MYSQL_RES *result;

  if (query == NULL) {
    dp_logger(LOG_ERR, "MySQL query is missing!");
    return false;
  }

retry:
  is_recoverable = false;

  if (mysql_query(db, query)) {
    switch (mysql_errno(db)) {
    case CR_COMMANDS_OUT_OF_SYNC:
      dp_logger(LOG_ERR, "MySQL error (%d), clearing: %s", mysql_errno(db),
                mysql_error(db));
      result = mysql_store_result(db);
      mysql_free_result(result);
      return false;

    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
      if (if_retry && !if_reconnected && db_reconnect(db)) {
        if_reconnected = true;
        goto retry;
      }
      is_recoverable = true;
      break;

    default:
      break;
    }
    dp_logger(LOG_ERR, "MySQL query failed (%s): %s", is_recoverable ? "recoverable" : "fatal",
              mysql_error(db));
    return false;
  }
  return true;
}
