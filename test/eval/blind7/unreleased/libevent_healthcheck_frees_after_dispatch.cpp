// SOURCE: public GitHub file (service healthcheck client with libevent evhttp; search-index id 8927870033; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: negative - event_base_new and evhttp_connection_base_new, the request handed to evhttp_make_request, the callback breaks the loop, and after event_base_dispatch both the connection and the base are freed on the only path
#include <event2/event.h>
#include <event2/http.h>
#include <iostream>

namespace {
bool healthcheck_response = false;

void request_callback(struct evhttp_request *req, void *arg) {
  if (req != nullptr) {
    int response_code = evhttp_request_get_response_code(req);
    healthcheck_response = response_code == 200;
    if (!healthcheck_response)
      std::cerr << "Healthcheck failure, status code " << response_code
                << std::endl;
  } else {
    std::cerr << "Healthcheck received no response." << std::endl;
  }
  event_base_loopbreak(static_cast<struct event_base *>(arg));
}
} // namespace

bool healthcheck(unsigned short port) {
  struct event_base *base = event_base_new();
  struct evhttp_connection *conn =
      evhttp_connection_base_new(base, nullptr, "127.0.0.1", port);
  struct evhttp_request *req = evhttp_request_new(request_callback, base);

  evhttp_make_request(conn, req, EVHTTP_REQ_GET, "/api/status");

  event_base_dispatch(base);

  evhttp_connection_free(conn);
  event_base_free(base);

  return healthcheck_response;
}
