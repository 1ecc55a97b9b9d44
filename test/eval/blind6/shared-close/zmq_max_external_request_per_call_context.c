// SOURCE: public GitHub file (zpy Max/MSP external, zpy_request; search-index id 14244142638; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - each request message creates its own context and REQ socket and closes both on the success path and at the error label; nothing outside the call holds them (the Max outlet calls are reduced)
#include <zmq.h>

#include <string.h>

typedef int t_max_err;
#define MAX_ERR_NONE 0
#define MAX_ERR_GENERIC -1

typedef struct {
  const char *address;
} t_zpy;

static void outlet_response(t_zpy *x, const char *response) {
  (void)x;
  (void)response;
}

t_max_err zpy_request(t_zpy *x, const char *request) {
  char response[1024];
  void *context = zmq_ctx_new();
  void *socket = zmq_socket(context, ZMQ_REQ);
  if (zmq_connect(socket, x->address) != 0)
    goto error;
  if (zmq_send(socket, request, strlen(request), 0) < 0)
    goto error;
  int n = zmq_recv(socket, response, sizeof(response) - 1, 0);
  if (n < 0)
    goto error;
  response[n] = '\0';
  outlet_response(x, response);
  zmq_close(socket);
  zmq_ctx_destroy(context);
  return MAX_ERR_NONE;

error:
  zmq_close(socket);
  zmq_ctx_destroy(context);
  return MAX_ERR_GENERIC;
}
