// SOURCE: public GitHub file (Scilab MySQL gateway, connection-close function; search-index id 56721365569; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the close gateway closes the connection in the global slot table and clears the slot in the same statement
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <stddef.h>

#define DB_MAXMY 16

static MYSQL *g_my[DB_MAXMY];

/* Scilab: my_close(id) */
int sci_my_close(double did) {
  int slot = (int)did - 1;
  if (slot >= 0 && slot < DB_MAXMY && g_my[slot] != NULL) {
    mysql_close(g_my[slot]);
    g_my[slot] = NULL;
  }
  return 0;
}

/* Scilab: my_query(id, sql) */
int sci_my_query(double did, const char *sql) {
  int slot = (int)did - 1;
  if (slot < 0 || slot >= DB_MAXMY || g_my[slot] == NULL)
    return -1;
  return mysql_query(g_my[slot], sql);
}
