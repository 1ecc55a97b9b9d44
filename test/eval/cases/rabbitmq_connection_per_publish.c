// SOURCE: https://github.com/dfoderick/fullcycle/issues/17 ("The connection to rabbit is being opened and closed on every new message published") and https://github.com/php-amqplib/php-amqplib/issues/506 (new connection & channel per API call, ~300 ms each) - rendered with rabbitmq-c
// LIBRARY: rabbitmq
// SHAPE: positive - publish helper opens a connection, logs in, publishes and destroys it; the monitor loop publishes every sample
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int publish(const char *hostname, int port, const char *exchange, const char *routingkey, const char *msg) {
  amqp_connection_state_t conn = amqp_new_connection(); // EXPECT-WARN
  amqp_socket_t *socket = amqp_tcp_socket_new(conn);
  if (!socket || amqp_socket_open(socket, hostname, port)) {
    amqp_destroy_connection(conn);
    return -1;
  }
  amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest");
  amqp_channel_open(conn, 1);
  amqp_get_rpc_reply(conn);
  amqp_basic_publish(conn, 1, amqp_cstring_bytes(exchange), amqp_cstring_bytes(routingkey), 0, 0, NULL,
                     amqp_cstring_bytes(msg));
  amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
  amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
  amqp_destroy_connection(conn);
  return 0;
}

void monitor_loop(void) {
  char sample[64];
  for (int i = 0;; i++) {
    snprintf(sample, sizeof(sample), "{\"miner\":%d}", i);
    publish("localhost", 5672, "amq.direct", "stats", sample);
    sleep(1);
  }
}
