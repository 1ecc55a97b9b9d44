// SOURCE: rendered from libevent evhttp reverse proxies that keep one keep-alive evhttp_connection to the upstream in a global and create requests on it from the server callback (code search "evhttp_make_request(evcon" in evhttp_set_cb handlers; evhttp_connection_free usage as in search-index id 360307046)
// LIBRARY: libevent
// SHAPE: positive - the evhttp server callback frees the process's shared upstream connection when evhttp_make_request fails and leaves the global set; every later proxied request is made on the freed connection
#include <event2/event.h>
#include <event2/http.h>
#include <stddef.h>

static struct evhttp_connection *g_upstream; /* made once at startup */

static void upstream_done(struct evhttp_request *req, void *arg) {
  struct evhttp_request *client = arg;
  if (req == NULL) {
    evhttp_send_error(client, 502, "upstream failed");
    return;
  }
  evhttp_send_reply(client, evhttp_request_get_response_code(req), "OK",
                    evhttp_request_get_input_buffer(req));
}

static void proxy_cb(struct evhttp_request *client, void *arg) {
  (void)arg;
  struct evhttp_request *req = evhttp_request_new(upstream_done, client);
  if (evhttp_make_request(g_upstream, req, EVHTTP_REQ_GET,
                          evhttp_request_get_uri(client)) != 0) {
    evhttp_connection_free(g_upstream); // EXPECT-WARN
    evhttp_send_error(client, 502, "upstream unavailable");
  }
}

int start_proxy(struct event_base *base, struct evhttp *http) {
  g_upstream = evhttp_connection_base_new(base, NULL, "10.0.0.5", 8080);
  evhttp_set_gencb(http, proxy_cb, NULL);
  return g_upstream ? 0 : -1;
}
