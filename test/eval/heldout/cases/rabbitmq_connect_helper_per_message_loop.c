// SOURCE: github.com/andiausrust/RabbitMQ-Publisher-Consumer-Templates rabbitmq_default_publisher/publisher.py (`while count <= message_count: connection, channel = connect_machine(); channel.basic_publish(...); disconnect_machine(connection)`); rendered with rabbitmq-c, keeping the connect_machine()/disconnect_machine() helpers
// LIBRARY: rabbitmq
// SHAPE: positive - factory helper returning a logged-in amqp connection, called in each iteration of the publish loop and destroyed at the end of the iteration
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stdio.h>
#include <unistd.h>

static amqp_connection_state_t connect_machine(void) {
  amqp_connection_state_t conn = amqp_new_connection();
  amqp_socket_t *socket = amqp_tcp_socket_new(conn);
  amqp_socket_open(socket, "127.0.0.1", 5672);
  amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest");
  amqp_channel_open(conn, 1);
  amqp_get_rpc_reply(conn);
  amqp_queue_declare(conn, 1, amqp_cstring_bytes("sample_test"), 0, 1, 0, 0, amqp_empty_table);
  return conn;
}

static void disconnect_machine(amqp_connection_state_t conn) {
  amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
  amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
  amqp_destroy_connection(conn);
}

int main(void) {
  int message_count = 15;
  int count = 1;
  const char *body_content = "test_name";
  while (count <= message_count) {
    count = count + 1;
    amqp_connection_state_t connection = connect_machine(); // EXPECT-WARN
    amqp_basic_publish(connection, 1, amqp_cstring_bytes(""), amqp_cstring_bytes("sample_test"), 0, 0,
                       NULL, amqp_cstring_bytes(body_content));
    disconnect_machine(connection);
    printf(" [x] Sent '%s'\n", body_content);
    sleep(1);
  }
  return 0;
}
