// SOURCE: public GitHub file (search-index id 44360859738; the index does not name its repository): a C DB service thread creates its own zmq context and PULL socket; when zmq_bind fails it closes the socket, destroys the context and returns
// LIBRARY: zmq
// SHAPE: negative - the thread's context and socket are locals it made itself; releasing them on the bind error closes nobody else's client
#include <stdio.h>
#include <zmq.h>

void db_service_run(void) {
  void *context = zmq_ctx_new();
  void *receiver = zmq_socket(context, ZMQ_PULL);
  int rc = zmq_bind(receiver, "tcp://*:5560");
  if (rc != 0) {
    fprintf(stderr, "ZMQ Bind Error: %s\n", zmq_strerror(zmq_errno()));
    zmq_close(receiver);
    zmq_ctx_destroy(context);
    return;
  }
  while (1) {
    zmq_msg_t message;
    zmq_msg_init(&message);
    if (zmq_msg_recv(&message, receiver, 0) == -1) {
      zmq_msg_close(&message);
      break;
    }
    zmq_msg_close(&message);
  }
  zmq_close(receiver);
  zmq_ctx_destroy(context);
}
