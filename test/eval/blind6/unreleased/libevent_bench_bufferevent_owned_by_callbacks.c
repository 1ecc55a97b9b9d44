// SOURCE: public GitHub file (launch_request of an HTTP client benchmark; search-index id 9892521; the index does not name its repository)
// LIBRARY: libevent
// SHAPE: negative (hard) - the bufferevent is made and armed with callbacks whose error callback frees it (reconstructed from the benchmark's errorcb); the function keeps no pointer because the event loop owns it from here on
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/util.h>
#include <stdlib.h>

struct request_info {
  size_t n_read;
};

static struct event_base *base;
static const char *resource = "/ref";

static void readcb(struct bufferevent *b, void *arg) {
  struct request_info *ri = arg;
  ri->n_read += evbuffer_get_length(bufferevent_get_input(b));
  evbuffer_drain(bufferevent_get_input(b), evbuffer_get_length(bufferevent_get_input(b)));
}

static void errorcb(struct bufferevent *b, short what, void *arg) {
  if (what & BEV_EVENT_EOF) {
    free(arg);
    bufferevent_free(b);
  }
}

int launch_request(evutil_socket_t sock) {
  struct request_info *ri = malloc(sizeof(*ri));
  if (ri == NULL)
    return -1;
  ri->n_read = 0;
  struct bufferevent *b = bufferevent_socket_new(base, sock, BEV_OPT_CLOSE_ON_FREE);
  bufferevent_setcb(b, readcb, NULL, errorcb, ri);
  bufferevent_enable(b, EV_READ | EV_WRITE);
  evbuffer_add_printf(bufferevent_get_output(b), "GET %s HTTP/1.0\r\n\r\n", resource);
  return 0;
}
