// SOURCE: public GitHub file, kyrin KyrinHttpClient::make_ev_request_get (search-index id 20258827870; the index does not name its repository; its comment warns that callers must break the loop "or resource blackhole")
// LIBRARY: libevent
// SHAPE: positive - every call makes a new event base and evhttp connection, runs the loop, and returns without freeing either
#include <cstdint>
#include <event2/event.h>
#include <event2/http.h>

namespace kyrin {
namespace io {

class KyrinHttpClient {
public:
  static void make_ev_request_get(void (*request_done_callback)(
                                      struct evhttp_request *, void *),
                                  const char *host, uint32_t port,
                                  const char *uri, int timeout);
};

void KyrinHttpClient::make_ev_request_get(
    void (*request_done_callback)(struct evhttp_request *, void *),
    const char *host, uint32_t port, const char *uri, int timeout) {
  event_base *base = event_base_new(); // EXPECT-WARN
  evhttp_connection *connection = evhttp_connection_base_new(base, NULL, host, port); // EXPECT-WARN
  evhttp_request *request = evhttp_request_new(request_done_callback, base);

  evhttp_make_request(connection, request, EVHTTP_REQ_GET, uri);
  evhttp_connection_set_timeout(connection, timeout);
  event_base_dispatch(base);
  return;
}

} // namespace io
} // namespace kyrin
