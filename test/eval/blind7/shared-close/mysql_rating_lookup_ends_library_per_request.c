// SOURCE: public GitHub file (void function that queries a rating, then mysql_close(conn); mysql_library_end(); return; search-index id 16995686480; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: positive - a lookup helper that connects per call, then ends the whole client library before returning; rendered: the helper is run by a libevent HTTP callback, so the library is torn down on every request
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <event2/event.h>
#include <event2/http.h>
#include <stdio.h>

static void print_rating(const char *title) {
  MYSQL *conn = mysql_init(NULL);
  if (mysql_real_connect(conn, "localhost", "films", "", "films", 0, NULL, 0) == NULL) {
    mysql_close(conn);
    return;
  }
  char q[256];
  snprintf(q, sizeof q, "SELECT rating FROM films WHERE title='%s'", title);
  if (mysql_query(conn, q) == 0) {
    MYSQL_RES *res = mysql_store_result(conn);
    MYSQL_ROW row = res ? mysql_fetch_row(res) : NULL;
    if (row)
      printf("Rating: %s\n", row[0]);
    else
      printf("No rating found");
    mysql_free_result(res);
  }
  mysql_close(conn);
  mysql_library_end(); // EXPECT-WARN
  return;
}

static void rating_cb(struct evhttp_request *req, void *arg) {
  (void)arg;
  print_rating(evhttp_request_get_uri(req));
  evhttp_send_reply(req, 200, "OK", NULL);
}

void install_rating(struct evhttp *http) { evhttp_set_cb(http, "/rating", rating_cb, NULL); }
