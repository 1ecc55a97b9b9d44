// SOURCE: public GitHub file (RabbitMQ consumer helper "conecta"; search-index id 45061555; the index does not name its repository)
// LIBRARY: rabbitmq-c
// SHAPE: negative - amqp_new_connection into a local; every failure calls die(), which prints and exits (noreturn), and the success path returns the connection to the caller, which later closes it
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noreturn)) static void die(const char *msg) {
  fprintf(stderr, "%s\n", msg);
  exit(1);
}

static void die_on_amqp_error(amqp_rpc_reply_t x, const char *context) {
  if (x.reply_type != AMQP_RESPONSE_NORMAL)
    die(context);
}

amqp_connection_state_t conecta(const char *hostname, int port,
                                const char *username, const char *password) {
  amqp_connection_state_t conn = amqp_new_connection();

  amqp_socket_t *socket = amqp_tcp_socket_new(conn);
  if (!socket) {
    die("Nao pode criar o socket TCP");
  }

  int status = amqp_socket_open(socket, hostname, port);
  if (status) {
    die("Nao pode conectar no Socket");
  }

  die_on_amqp_error(amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN,
                               username, password),
                    "Logging in");
  amqp_channel_open(conn, 1);
  die_on_amqp_error(amqp_get_rpc_reply(conn), "Opening channel");
  return conn;
}
