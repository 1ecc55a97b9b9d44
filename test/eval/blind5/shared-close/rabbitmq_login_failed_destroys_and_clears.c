// SOURCE: public GitHub file (search-index id 35102874531; the index does not name its repository): an Objective-C RabbitMQ client's login, on failure, jumps to a label that destroys the connection and sets it to NULL; rendered in C with the connection in a long-lived client struct
// LIBRARY: rabbitmq
// SHAPE: negative - goto failure label destroys the struct's connection and clears it; the client reports a failed status and reconnects later
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <stddef.h>

typedef struct {
  amqp_connection_state_t conn;
  int status;
} rb_client;

int rb_login(rb_client *self, const char *host, const char *user,
             const char *pass) {
  self->conn = amqp_new_connection();
  amqp_socket_t *sock = amqp_tcp_socket_new(self->conn);
  if (!sock || amqp_socket_open(sock, host, 5672) != AMQP_STATUS_OK)
    goto failed;
  if (amqp_login(self->conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, user,
                 pass)
          .reply_type != AMQP_RESPONSE_NORMAL)
    goto failed;
  self->status = 1;
  return self->status;

failed:
  if (self->conn) {
    amqp_destroy_connection(self->conn);
    self->conn = NULL;
  }
  self->status = -1;
  return self->status;
}
