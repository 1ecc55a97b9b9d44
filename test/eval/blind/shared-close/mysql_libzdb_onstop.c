// SOURCE: public GitHub file (libzdb MysqlConnection.c, "Class method: MySQL client library finalization" MysqlConnection_onstop; search-index id 168964370; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the driver's onstop hook, run once when the connection pool library stops, ends the client library
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

void MysqlConnection_onstop(void) {
  if (mysql_get_client_version() >= 50003)
    mysql_library_end();
  else
    mysql_server_end();
}
