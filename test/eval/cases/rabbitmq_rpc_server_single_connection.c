// SOURCE: https://github.com/alanxz/rabbitmq-c/blob/master/examples/tutorials/rpc_server.c (one connection opened in main; the consume loop replies on the same connection and channel)
// LIBRARY: rabbitmq
// SHAPE: negative - connection made once in main; the loop consumes and publishes replies over it
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  amqp_connection_state_t conn = amqp_new_connection();
  amqp_socket_t *socket = amqp_tcp_socket_new(conn);
  if (amqp_socket_open(socket, "localhost", 5672))
    return 1;
  amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest");
  amqp_channel_open(conn, 1);
  amqp_queue_declare(conn, 1, amqp_cstring_bytes("rpc_queue"), 0, 0, 0, 1, amqp_empty_table);
  amqp_basic_qos(conn, 1, 0, 1, 0);
  amqp_basic_consume(conn, 1, amqp_cstring_bytes("rpc_queue"), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
  for (;;) {
    amqp_envelope_t envelope;
    amqp_maybe_release_buffers(conn);
    amqp_rpc_reply_t res = amqp_consume_message(conn, &envelope, NULL, 0);
    if (AMQP_RESPONSE_NORMAL != res.reply_type)
      break;
    amqp_basic_properties_t props;
    props._flags = AMQP_BASIC_CORRELATION_ID_FLAG;
    props.correlation_id = envelope.message.properties.correlation_id;
    amqp_basic_publish(conn, 1, amqp_empty_bytes, envelope.message.properties.reply_to, 0, 0, &props,
                       amqp_cstring_bytes("42"));
    amqp_basic_ack(conn, 1, envelope.delivery_tag, 0);
    amqp_destroy_envelope(&envelope);
  }
  amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
  amqp_destroy_connection(conn);
  return 0;
}
