// SOURCE: code-search excerpt of connector_amqp_client.c ("static amqp_connection_state_t amqp_connect_once (const AmqpConfig *config) { amqp_connection_state_t conn = amqp_new_connection (); ... amqp_destroy_connection (conn); return NULL; ...") - a connect-with-retries loop around it; the search did not name the repository
// LIBRARY: rabbitmq
// SHAPE: negative - connect attempt returns the connection; the retry loop keeps the first one that succeeds
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stddef.h>
#include <unistd.h>

typedef struct AmqpConfig { const char *host; int port; const char *exchange; } AmqpConfig;

static amqp_connection_state_t amqp_connect_once(const AmqpConfig *config) {
  amqp_connection_state_t conn = amqp_new_connection();
  amqp_socket_t *socket = NULL;
  if (!conn)
    return NULL;
  socket = amqp_tcp_socket_new(conn);
  if (!socket) {
    amqp_destroy_connection(conn);
    return NULL;
  }
  if (amqp_socket_open(socket, config->host, config->port) != AMQP_STATUS_OK) {
    amqp_destroy_connection(conn);
    return NULL;
  }
  return conn;
}

amqp_connection_state_t amqp_connect_retry(const AmqpConfig *config, int attempts) {
  amqp_connection_state_t conn = NULL;
  for (int i = 0; i < attempts && !conn; i++) {
    conn = amqp_connect_once(config);
    if (!conn)
      sleep(1);
  }
  return conn;
}
