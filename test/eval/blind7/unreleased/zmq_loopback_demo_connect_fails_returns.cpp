// SOURCE: public GitHub file (ZMQ loopback demo main with a REQ socket; search-index id 67635575797; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: positive - zmq_ctx_new and zmq_socket, asserted non-NULL, then a failed zmq_connect returns 1 with both the socket and the context still open; only the normal path closes them (rendered: the demo body is moved out of main into a function, the error branch is the one the file shows)
#include <cassert>
#include <cstdint>
#include <cstdio>
#include <zmq.h>

static uint32_t tx_buffer[12];

int run_loopback(const char *endpoint) {
  void *ctx = zmq_ctx_new(); // EXPECT-WARN
  assert(ctx != nullptr);

  void *req = zmq_socket(ctx, ZMQ_REQ); // EXPECT-WARN
  assert(req != nullptr);

  int param = 100;
  zmq_setsockopt(req, ZMQ_SNDHWM, &param, sizeof(param));
  param = 1000;
  zmq_setsockopt(req, ZMQ_LINGER, &param, sizeof(param));
  zmq_setsockopt(req, ZMQ_SNDTIMEO, &param, sizeof(param));
  zmq_setsockopt(req, ZMQ_RCVTIMEO, &param, sizeof(param));

  if (zmq_connect(req, endpoint) != 0) {
    std::printf("ERROR: cannot connect to %s\n", endpoint);
    return 1;
  }

  zmq_send(req, tx_buffer, sizeof(tx_buffer), 0);
  zmq_recv(req, tx_buffer, sizeof(tx_buffer), 0);

  zmq_close(req);
  zmq_ctx_destroy(ctx);
  return 0;
}
