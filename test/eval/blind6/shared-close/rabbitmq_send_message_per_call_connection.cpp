// SOURCE: public GitHub file (task producer with PostgreSQL and RabbitMQ, sendMessageToQueue; search-index id 44238076220; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative - every call opens its own connection and destroys it at the end; nothing else holds it
#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <iostream>
#include <string>

void sendMessageToQueue(const std::string &message) {
  amqp_connection_state_t conn = amqp_new_connection();
  amqp_socket_t *socket = amqp_tcp_socket_new(conn);
  amqp_socket_open(socket, "localhost", 5672);
  amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest");
  amqp_channel_open(conn, 1);
  amqp_get_rpc_reply(conn);

  amqp_queue_declare(conn, 1, amqp_cstring_bytes("task_queue"), 0, 0, 0, 0,
                     amqp_empty_table);
  amqp_get_rpc_reply(conn);

  amqp_basic_publish(conn, 1, amqp_cstring_bytes(""),
                     amqp_cstring_bytes("task_queue"), 0, 0, NULL,
                     amqp_cstring_bytes(message.c_str()));
  std::cout << "Message sent to RabbitMQ: " << message << std::endl;

  amqp_destroy_connection(conn);
}
