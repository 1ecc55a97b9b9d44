// SOURCE: public GitHub file (doobry zmq store, dbr_zmqstore_create; search-index id 17162260762; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - zmq_socket on a caller's context; a NULL socket goes to a label that frees only the struct, a failed zmq_connect goes to the label that also closes the socket, and on success the socket is stored in the returned struct
#include <stdlib.h>
#include <zmq.h>

struct ZmqStore {
  void *sock;
  long id;
};

void set_error(int num, const char *msg);

struct ZmqStore *zmqstore_create(void *ctx, const char *addr, long seed) {
  struct ZmqStore *store = malloc(sizeof(struct ZmqStore));
  if (!store) {
    set_error(1, "out of memory");
    goto fail1;
  }

  void *sock = zmq_socket(ctx, ZMQ_REQ);
  if (!sock) {
    set_error(2, zmq_strerror(zmq_errno()));
    goto fail2;
  }

  if (zmq_connect(sock, addr) < 0) {
    set_error(2, zmq_strerror(zmq_errno()));
    goto fail3;
  }

  store->sock = sock;
  store->id = seed;
  return store;

fail3:
  zmq_close(sock);
fail2:
  free(store);
fail1:
  return NULL;
}
