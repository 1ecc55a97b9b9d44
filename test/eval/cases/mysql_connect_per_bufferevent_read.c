// SOURCE: https://github.com/openemr/openemr/pull/1305 ("Do not open a new database connection for every acl_check call") - rendered as a libevent bufferevent read callback that authorises each command with a fresh MariaDB connection
// LIBRARY: mysql
// SHAPE: positive - bufferevent read callback (runs on every read) connects with mysql_init/mysql_real_connect and closes
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <mysql/mysql.h>
#include <stdlib.h>

static int acl_check(const char *user) {
  MYSQL *db = mysql_init(NULL); // EXPECT-WARN
  if (!mysql_real_connect(db, "localhost", "openemr", "secret", "openemr", 0, NULL, 0)) {
    mysql_close(db);
    return 0;
  }
  char q[256];
  snprintf(q, sizeof(q), "SELECT 1 FROM gacl_aro WHERE value='%s'", user);
  int ok = mysql_query(db, q) == 0;
  MYSQL_RES *r = mysql_store_result(db);
  if (r)
    mysql_free_result(r);
  mysql_close(db);
  return ok;
}

static void read_cb(struct bufferevent *bev, void *ctx) {
  (void)ctx;
  char *line = evbuffer_readln(bufferevent_get_input(bev), NULL, EVBUFFER_EOL_CRLF);
  if (!line)
    return;
  bufferevent_write(bev, acl_check(line) ? "OK\r\n" : "DENIED\r\n", acl_check(line) ? 4 : 8);
  free(line);
}

void on_accept(struct event_base *base, evutil_socket_t fd) {
  struct bufferevent *bev = bufferevent_socket_new(base, fd, BEV_OPT_CLOSE_ON_FREE);
  bufferevent_setcb(bev, read_cb, NULL, NULL, NULL);
  bufferevent_enable(bev, EV_READ | EV_WRITE);
}
