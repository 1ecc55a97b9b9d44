// SOURCE: public GitHub file (key-search worker connect(); search-index id 46239907466; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative - every failure goes through die()/die_on_amqp_error(), which exit the process; the connection is returned to the caller
#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

[[noreturn]] void die(const char *fmt) {
  fprintf(stderr, "%s\n", fmt);
  exit(1);
}

void die_on_amqp_error(amqp_rpc_reply_t x, char const *context) {
  if (x.reply_type != AMQP_RESPONSE_NORMAL)
    die(context);
}

amqp_connection_state_t connect(const char *hostname, int port) {
  amqp_socket_t *socket = NULL;
  amqp_connection_state_t conn;

  conn = amqp_new_connection();

  socket = amqp_tcp_socket_new(conn);
  if (!socket) {
    die(" [!] AMPQ error: unable to create TCP socket");
  }

  int status = amqp_socket_open(socket, hostname, port);
  if (status) {
    die(" [!] AMQP error: unable to open TCP socket");
  }

  die_on_amqp_error(amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest"),
                    " [!] AMQP error: unable to log in");
  amqp_channel_open(conn, 1);
  die_on_amqp_error(amqp_get_rpc_reply(conn), " [!] AMQP error: unable to open channel");

  std::cout << " [I] AMQP: connection to " << hostname << ":" << port << " established" << std::endl;
  return conn;
}
