// SOURCE: public GitHub file (restClient::send of a telescope DAQ framework's REST client; search-index id 33771224911; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: positive - one event base, DNS base and HTTP connection per request; every WARN-and-return after they are made (DNS base, connection, request, header or make_request failures, failed dispatch) returns false without freeing what was made so far; only the success path frees them
#include <event2/buffer.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/http.h>
#include <cstdio>
#include <string>

#define WARN(...) std::fprintf(stderr, __VA_ARGS__)

static void http_request_done(struct evhttp_request *req, void *arg) {}

bool send_request(const std::string &host, int port, std::string path, int timeout) {
  struct event_base *base;
  struct evhttp_connection *evcon = nullptr;
  struct evhttp_request *req;
  struct evdns_base *dns;
  int ret;

  base = event_base_new(); // EXPECT-WARN
  if (!base) {
    WARN("restClient: Failure creating new event_base.");
    return false;
  }
  dns = evdns_base_new(base, 1); // EXPECT-WARN
  if (dns == nullptr) {
    WARN("restClient: evdns_base_new() failed.");
    return false;
  }
  evcon = evhttp_connection_base_new(base, dns, host.c_str(), port); // EXPECT-WARN
  if (evcon == nullptr) {
    WARN("restClient: evhttp_connection_base_new() failed.");
    return false;
  }
  if (timeout >= 0)
    evhttp_connection_set_timeout(evcon, timeout);
  req = evhttp_request_new(http_request_done, base);
  if (req == nullptr) {
    WARN("restClient: evhttp_request_new() failed.");
    return false;
  }
  ret = evhttp_add_header(evhttp_request_get_output_headers(req), "Host", host.c_str());
  if (ret) {
    WARN("restClient: Failure adding \"Host\" header.");
    return false;
  }
  ret = evhttp_make_request(evcon, req, EVHTTP_REQ_GET, path.c_str());
  if (ret) {
    WARN("restClient: evhttp_make_request() failed.");
    return false;
  }
  evdns_base_free(dns, 1);
  ret = event_base_dispatch(base);
  if (ret < 0) {
    WARN("restClient::send: Failure sending message to %s:%d%s.", host.c_str(), port, path.c_str());
    return false;
  }
  evhttp_connection_free(evcon);
  event_base_free(base);
  return true;
}
