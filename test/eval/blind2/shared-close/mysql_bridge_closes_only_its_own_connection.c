// SOURCE: public GitHub file (a COBOL-to-MySQL bridge, SQL_EXECUTE()/SQL_BEGIN()/SQL_COMMIT(): "BEGIN opens a persistent connection that the following SQL_EXECUTE calls share until COMMIT/ROLLBACK closes it"; search-index id 70099876594; the index does not name its repository)
// LIBRARY: mariadb
// SHAPE: negative - SQL_EXECUTE uses the file-static transaction connection when one is open and otherwise connects for the one statement; the local may alias the shared connection, but it is closed only when own_conn says it was made here; COMMIT closes and resets the shared one (result formatting and ROLLBACK cut)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <stdio.h>
#include <string.h>

char G_QUERY[1024] = {0};
char G_RESULT[1024] = {0};

/* Persistent connection, held only for the span of an explicit transaction. */
static MYSQL *G_CONN = NULL;

static MYSQL *bridge_connect(void) {
  MYSQL *c = mysql_init(NULL);
  if (c == NULL)
    return NULL;
  if (mysql_real_connect(c, "localhost", "cobol_user", "cobol_pass",
                         "cobol_db", 3306, NULL, 0) == NULL) {
    mysql_close(c);
    return NULL;
  }
  return c;
}

void SQL_EXECUTE(void) {
  MYSQL *conn;
  MYSQL_RES *res;
  int own_conn = 0;

  if (G_CONN != NULL) {
    conn = G_CONN;
  } else {
    conn = bridge_connect();
    own_conn = 1;
    if (conn == NULL) {
      strncpy(G_RESULT, "ERROR|DB_CONN_FAILED", 1023);
      return;
    }
  }

  if (mysql_query(conn, G_QUERY)) {
    strncpy(G_RESULT, "ERROR|QUERY_FAILED", 1023);
    if (own_conn)
      mysql_close(conn);
    return;
  }

  res = mysql_store_result(conn);
  if (res == NULL) {
    long affected = (long)mysql_affected_rows(conn);
    snprintf(G_RESULT, 1023, "SUCCESS|AFFECTED_%ld", affected);
  } else {
    mysql_free_result(res);
  }

  if (own_conn)
    mysql_close(conn);
}

void SQL_BEGIN(void) {
  if (G_CONN != NULL) {
    mysql_close(G_CONN);
    G_CONN = NULL;
  }
  G_CONN = bridge_connect();
  if (G_CONN == NULL) {
    strncpy(G_RESULT, "ERROR|DB_CONN_FAILED", 1023);
    return;
  }
  if (mysql_query(G_CONN, "START TRANSACTION")) {
    strncpy(G_RESULT, "ERROR|BEGIN_FAILED", 1023);
    mysql_close(G_CONN);
    G_CONN = NULL;
    return;
  }
  strncpy(G_RESULT, "SUCCESS|BEGIN", 1023);
}

void SQL_COMMIT(void) {
  if (G_CONN == NULL) {
    strncpy(G_RESULT, "ERROR|NO_TRANSACTION", 1023);
    return;
  }
  if (mysql_query(G_CONN, "COMMIT")) {
    strncpy(G_RESULT, "ERROR|COMMIT_FAILED", 1023);
  } else {
    strncpy(G_RESULT, "SUCCESS|COMMIT", 1023);
  }
  mysql_close(G_CONN);
  G_CONN = NULL;
}
