// SOURCE: public GitHub file (kyrin io KyrinHttpClient::make_ev_request_get; search-index id 20258827870; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: positive - a one-shot GET creates an event_base and an evhttp_connection per call, dispatches, and returns without evhttp_connection_free or event_base_free (the request is handed to evhttp_make_request, the base and connection are not)
#include <event2/event.h>
#include <event2/http.h>
#include <cstdint>

class KyrinHttpClient {
public:
  void make_ev_request_get(void (*request_done_callback)(struct evhttp_request *,
                                                         void *),
                           const char *host, uint32_t port, const char *uri,
                           int timeout);
};

void KyrinHttpClient::make_ev_request_get(
    void (*request_done_callback)(struct evhttp_request *, void *),
    const char *host, uint32_t port, const char *uri, int timeout) {
  event_base *base = event_base_new(); // EXPECT-WARN
  evhttp_connection *connection =
      evhttp_connection_base_new(base, NULL, host, port); // EXPECT-WARN
  evhttp_request *request = evhttp_request_new(request_done_callback, base);

  evhttp_make_request(connection, request, EVHTTP_REQ_GET, uri);
  evhttp_connection_set_timeout(connection, timeout);
  event_base_dispatch(base);
  return;
}
