// SOURCE: https://github.com/zeromq/libzmq/issues/792 (handle leak: a PULL socket is created, connected to inproc and closed on every iteration of while (1) in main)
// LIBRARY: zmq
// SHAPE: positive - socket made and closed in each iteration of main's loop; the context is made once
#include <stdio.h>
#include <stdlib.h>
#include <zmq.h>
#include <zmq_utils.h>

int main(void) {
  void *ctx = zmq_ctx_new();
  void *server_sock = zmq_socket(ctx, ZMQ_PUSH);
  zmq_bind(server_sock, "inproc://xpto");
  while (1) {
    void *zsock = zmq_socket(ctx, ZMQ_PULL); // EXPECT-WARN
    if (zsock == NULL) {
      printf("zmq_socket error\n");
      exit(1);
    }
    zmq_connect(zsock, "inproc://xpto");
    zmq_close(zsock);
    zmq_sleep(1);
  }
  zmq_ctx_destroy(ctx);
  return 0;
}
