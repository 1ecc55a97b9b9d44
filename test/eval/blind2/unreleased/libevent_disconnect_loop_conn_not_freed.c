// SOURCE: public GitHub file, nginx-rtmp control API disconnect handler (search-index id 48098135466; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: positive - inside a per-worker loop, each iteration makes an event base and an evhttp connection; the base is freed at the end of the iteration, the connection never is
#include <event2/event.h>
#include <event2/http.h>
#include <event2/http_struct.h>
#include <stdlib.h>
#include <string.h>

void disconnect_request_done(struct evhttp_request *req, void *arg);

void send_disconnects(int n_workers, int api_port, const char *app,
                      const char *stream) {
  for (int i = 0; i < n_workers; i++) {
    char *url = malloc(strlen(app) + strlen(stream) + 100);
    int port = api_port + i + 1;

    strcpy(url, "/do_disconnect?app=");
    strcat(url, app);
    strcat(url, "&stream=");
    strcat(url, stream);

    struct event_base *base;
    struct evhttp_connection *conn;
    struct evhttp_request *req;

    base = event_base_new();
    conn = evhttp_connection_base_new(base, NULL, "127.0.0.1", port); // EXPECT-WARN
    req = evhttp_request_new(disconnect_request_done, base);

    evhttp_add_header(evhttp_request_get_output_headers(req), "Host",
                      "localhost");
    evhttp_make_request(conn, req, EVHTTP_REQ_GET, url);
    evhttp_connection_set_timeout(conn, 600);
    event_base_dispatch(base);

    free(url);
    event_base_free(base);
  }
}
