// SOURCE: public GitHub file (camera capture service, amqp_connect(); search-index id 11346699971; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative - the connection is written through the out-parameter before any failure, so the caller owns it on every path
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stdio.h>

#define E(...) fprintf(stderr, __VA_ARGS__)

static int check_amqp_error(amqp_rpc_reply_t x, char const *context) {
  if (x.reply_type == AMQP_RESPONSE_NORMAL)
    return 0;
  E("Error: %d %s", x.reply_type, context);
  return 1;
}

static int amqp_connect(amqp_connection_state_t *conn, const char *const username, const char *const password,
                        const char *const vhost, const char *const hostname, const int port) {
  int status;
  amqp_socket_t *socket;
  amqp_rpc_reply_t reply_status;

  *conn = amqp_new_connection();
  socket = amqp_tcp_socket_new(*conn);
  if (!socket) {
    E("Unable to create socket");
    return 1;
  }
  status = amqp_socket_open(socket, hostname, port);
  if (status) {
    E("Unable to open socket");
    return 1;
  }
  reply_status = amqp_login(*conn, vhost, 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, username, password);
  if (check_amqp_error(reply_status, "login"))
    return 1;
  amqp_channel_open(*conn, 1);
  reply_status = amqp_get_rpc_reply(*conn);
  if (check_amqp_error(reply_status, "channel open"))
    return 1;
  return 0;
}
