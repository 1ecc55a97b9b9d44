// SOURCE: https://github.com/zeromq/libzmq/issues/113
// LIBRARY: zmq
// SHAPE: positive - test program creating a REQ socket in every loop iteration until the limit is hit
#include <stdio.h>
#include <zmq.h>

int main() {
  void *context = zmq_init(1);

  int socket_nbr;
  for (socket_nbr = 0; socket_nbr < 8000000; socket_nbr++) {
    void *socket = zmq_socket(context, ZMQ_REQ); // EXPECT-WARN
    if (!socket)
      break;
  }
  printf("This system allows up to %d sockets\n", socket_nbr);
  return 0;
}
