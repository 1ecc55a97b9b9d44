// SOURCE: rendered from public libevent+zmq bridges (a periodic event_new timer that publishes on a global ZMQ PUB socket; code search "zmq_send(publisher" inside event callbacks); the close on EAGAIN/ETERM-style send failures is the "give up on error" shape
// LIBRARY: zmq
// SHAPE: positive - a libevent timer callback (event_new) closes the process's global PUB socket when a send fails and leaves the global set; the next tick sends on the closed socket
#include <event2/event.h>
#include <stdio.h>
#include <string.h>
#include <zmq.h>

void *g_zctx;
void *g_publisher;

static void on_tick(evutil_socket_t fd, short what, void *arg) {
  (void)fd;
  (void)what;
  (void)arg;
  const char *msg = "heartbeat";
  if (zmq_send(g_publisher, msg, strlen(msg), ZMQ_DONTWAIT) == -1) {
    fprintf(stderr, "publish failed: %s\n", zmq_strerror(zmq_errno()));
    zmq_close(g_publisher); // EXPECT-WARN
  }
}

int start_heartbeat(struct event_base *base) {
  g_zctx = zmq_ctx_new();
  g_publisher = zmq_socket(g_zctx, ZMQ_PUB);
  if (zmq_bind(g_publisher, "tcp://*:5556") != 0)
    return -1;
  struct timeval one_sec = {1, 0};
  struct event *ev = event_new(base, -1, EV_PERSIST, on_tick, NULL);
  return event_add(ev, &one_sec);
}
