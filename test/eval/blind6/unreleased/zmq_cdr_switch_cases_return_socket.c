// SOURCE: public GitHub file (u_sgxcdr_connect_cdr_mq of an SGX CDR router; search-index id 33330086700; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - each switch case makes a socket and returns it to the caller ("Returns ZMQ handle"); the default case makes none; the context lives in a file-scope global
#include <zmq.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void *context;

void *u_sgxcdr_connect_cdr_mq(const char *host, uint16_t port, uint8_t pattern) {
  void *sender = NULL;
  void *receiver = NULL;
  char address[256];
  if (host == NULL)
    return NULL;
  context = zmq_ctx_new();
  memset(address, 0, sizeof address);
  snprintf(address, sizeof address, "tcp://%s:%d", host, port);
  switch (pattern) {
  case 0:
    sender = zmq_socket(context, ZMQ_PUSH);
    zmq_connect(sender, address);
    return sender;
  case 1:
    receiver = zmq_socket(context, ZMQ_PULL);
    zmq_connect(receiver, address);
    return receiver;
  default:
    return NULL;
  }
  return NULL;
}
