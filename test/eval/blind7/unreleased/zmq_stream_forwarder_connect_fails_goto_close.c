// SOURCE: public GitHub file (ENet stream forwarder registering with a ZMQ REQ control socket; search-index id 21112874885; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - zmq_ctx_new and zmq_socket, then a failed zmq_connect or a failed registration jumps to a CLOSE label that closes the socket and destroys the context; the normal path falls through to the same label
#include <stdbool.h>
#include <stdio.h>
#include <zmq.h>

struct StreamProcess {
  int Counter;
  int Port;
  char StreamIP[64];
};

bool send_add_stream(int id, void *req, struct StreamProcess *sp);
void serve_stream(void *req, struct StreamProcess *sp);

int run_forwarder(int id, const char *sip, int sport, const char *bip, int port) {
  char endpoint[128];
  int result = 1;
  struct StreamProcess sp;

  void *ctx = zmq_ctx_new();
  void *req = zmq_socket(ctx, ZMQ_REQ);
  snprintf(endpoint, sizeof(endpoint), "tcp://%s:%d", sip, sport);
  int rc = zmq_connect(req, endpoint);
  if (rc != 0)
    goto CLOSE;

  sp.Counter = 0;
  sp.Port = port;
  snprintf(sp.StreamIP, sizeof(sp.StreamIP), "%s", bip);
  if (!send_add_stream(id, req, &sp))
    goto CLOSE;

  serve_stream(req, &sp);
  result = 0;

CLOSE:
  zmq_close(req);
  zmq_ctx_destroy(ctx);
  return result;
}
