// SOURCE: public GitHub file, get_amqp_connection / handle_amqp_error (search-index id 35295568884; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative - each failure after amqp_new_connection calls exit(1) (directly, or inside the error helper); the connection is returned to the caller, who closes it
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stdio.h>
#include <stdlib.h>

#define DEBUG(level, args)                                                     \
  do {                                                                         \
    if ((level) <= 0)                                                          \
      printf args;                                                             \
  } while (0)

static void handle_amqp_error(amqp_rpc_reply_t x, const char *context) {
  if (x.reply_type == AMQP_RESPONSE_NORMAL)
    return;
  DEBUG(0, ("%s: AMQP error %d\n", context, (int)x.reply_type));
  exit(1);
}

amqp_connection_state_t get_amqp_connection(void) {
  amqp_connection_state_t conn;
  int status;
  amqp_socket_t *socket = NULL;

  conn = amqp_new_connection();
  socket = amqp_tcp_socket_new(conn);
  if (!socket) {
    DEBUG(0, ("[!] Error creating the TCP socket!\n"));
    exit(1);
  }

  status = amqp_socket_open(socket, "localhost", 5672);
  if (status) {
    DEBUG(0, ("[!] Error opening the TCP socket!\n"));
    exit(1);
  }

  handle_amqp_error(amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN,
                               "guest", "guest"),
                    "Logging in");
  amqp_channel_open(conn, 1);
  handle_amqp_error(amqp_get_rpc_reply(conn), "Opening channel");

  return conn;
}
