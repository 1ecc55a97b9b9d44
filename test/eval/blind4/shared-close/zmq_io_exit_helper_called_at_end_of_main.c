// SOURCE: public GitHub file zmq_io.c of a message gateway (search-index id 29209973369; zmq_exit, zmq_srv_exit, init_zmq_io; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - (hard) the gateway's teardown helper closes its two global sockets and destroys the global context without resetting them; it is called once, from the end of main after the event loop returns. Its name ends in 'exit', which is not a shutdown word, and the release is one call away from main
#include <assert.h>
#include <stdio.h>
#include <zmq.h>

static void *g_ctx;
static void *g_server;
static void *g_api;

static void _server_init(const char *host, int port) {
  char addr[64];
  g_server = zmq_socket(g_ctx, ZMQ_PUSH);
  snprintf(addr, sizeof(addr), "tcp://%s:%d", host, port);
  int rc = zmq_bind(g_server, addr);
  assert(rc == 0);
}

static void _api_client_init(const char *host, int port) {
  char addr[64];
  g_api = zmq_socket(g_ctx, ZMQ_PUSH);
  snprintf(addr, sizeof(addr), "tcp://%s:%d", host, port);
  int rc = zmq_connect(g_api, addr);
  assert(rc == 0);
}

static void zmq_srv_exit(void) { zmq_close(g_server); }

void zmq_exit(void) {
  zmq_srv_exit();
  zmq_close(g_api);
  zmq_ctx_destroy(g_ctx);
}

int zmq_io_send(zmq_msg_t *msg, int flags) {
  return zmq_sendmsg(g_server, msg, flags);
}

int init_zmq_io(void) {
  assert(!g_ctx);
  g_ctx = zmq_ctx_new();
  _server_init("0.0.0.0", 7000);
  _api_client_init("127.0.0.1", 7001);
  return 0;
}

int run_event_loop(void);

int main(void) {
  init_zmq_io();
  int rc = run_event_loop();
  zmq_exit();
  return rc;
}
