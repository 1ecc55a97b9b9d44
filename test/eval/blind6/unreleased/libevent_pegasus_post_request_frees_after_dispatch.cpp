// SOURCE: public GitHub file (pegasus_counter_updater::http_post_request; search-index id 12775701676; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: negative - a base and an HTTP connection per report; the request belongs to the connection, and after the blocking dispatch both the connection and the base are freed
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <string>

static void http_request_done(struct evhttp_request *req, void *arg) {
  event_base_loopexit(static_cast<struct event_base *>(arg), nullptr);
}

void http_post_request(const std::string &host, int port, const std::string &path, const std::string &data) {
  struct event_base *base = event_base_new();
  struct evhttp_connection *conn = evhttp_connection_base_new(base, NULL, host.c_str(), port);
  struct evhttp_request *req = evhttp_request_new(http_request_done, base);
  evhttp_add_header(evhttp_request_get_output_headers(req), "Host", host.c_str());
  evbuffer_add(evhttp_request_get_output_buffer(req), data.c_str(), data.size());
  evhttp_connection_set_timeout(conn, 1);
  evhttp_make_request(conn, req, EVHTTP_REQ_POST, path.c_str());
  event_base_dispatch(base);
  evhttp_connection_free(conn);
  event_base_free(base);
}
