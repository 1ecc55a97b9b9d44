// SOURCE: public GitHub file (elderly-care sensor server serialThread(); search-index id 51919040741; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the serial receiver thread connects once (through dbConnect) before its endless read loop and reuses the handle for every packet
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#define DB_HOST "localhost"
#define DB_USER "iot"
#define DB_PASS "iot"
#define DB_NAME "care"

MYSQL *dbConnect() {
  mysql_thread_init();
  MYSQL *conn = mysql_init(NULL);
  if (!mysql_real_connect(conn, DB_HOST, DB_USER, DB_PASS, DB_NAME, 0, NULL, 0)) {
    fprintf(stderr, "[DB] Connect error: %s\n", mysql_error(conn));
    mysql_close(conn);
    mysql_thread_end();
    return NULL;
  }
  return conn;
}

void saveSensor(MYSQL *db, const char *type, float value) {
  char q[256];
  if (!db) return;
  snprintf(q, sizeof q, "INSERT INTO sensor(type, value) VALUES('%s', %f)", type, value);
  mysql_query(db, q);
}

void *serialThread(void *arg) {
  int serial_fd = *(int *)arg;
  MYSQL *db = dbConnect();
  if (!db) fprintf(stderr, "[Serial] DB connect failed\n");
  while (1) {
    uint8_t c;
    if (read(serial_fd, &c, 1) <= 0) continue;
    saveSensor(db, "temp", (float)c);
  }
  return NULL;
}
