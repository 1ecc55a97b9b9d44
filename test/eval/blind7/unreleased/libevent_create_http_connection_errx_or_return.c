// SOURCE: public GitHub file (libevent regression helper create_http_connection; search-index id 17069689029; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: negative - evhttp_connection_base_new, then a port-probing loop whose failure calls event_errx (declared noreturn by libevent) while the connection is held; the normal path returns the connection to the caller
#include <event2/event.h>
#include <event2/http.h>
#include <event2/util.h>

void event_errx(int eval, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 2, 3)));

int probe_connect(struct evhttp_connection *conn);

struct evhttp_connection *create_http_connection(struct event_base *base) {
  struct evhttp_connection *conn;
  unsigned short port = 0x7FFF;

  conn = evhttp_connection_base_new(base, NULL, "127.0.0.1", port);
  if (!conn)
    event_errx(1, "Failed to create HTTP connection");

  for (int i = 0; i < 10; i++) {
    port++;
    if (port == 0x8000)
      event_errx(1, "Port number overflowed");
    if (probe_connect(conn) == 0)
      break;
  }

  return conn;
}
