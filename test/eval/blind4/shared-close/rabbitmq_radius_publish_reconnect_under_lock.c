// SOURCE: public GitHub file rabbitmq_producer.c of a RADIUS accounting bridge (search-index id 57401002920; rabbitmq_publish, rabbitmq_reconnect, rabbitmq_disconnect; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative - (hard) a failed publish reconnects: the shared connection is destroyed under the publish lock and marked disconnected, and every publisher tests the flag under the same lock before touching the connection, so none uses the destroyed one. (The same code destroys and re-creates the mutex itself while other publishers may wait on it, a different bug that is not a client release.)
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <syslog.h>

typedef struct RabbitMQProducer {
  char host[128];
  uint16_t port;
  char username[64];
  char password[64];
  char vhost[64];
  amqp_connection_state_t connection;
  amqp_socket_t *socket;
  pthread_mutex_t publish_mutex;
  bool connected;
} RabbitMQProducer;

RabbitMQProducer g_rabbitmq;

bool rabbitmq_init(const char *host, uint16_t port, const char *username,
                   const char *password, const char *vhost) {
  memset(&g_rabbitmq, 0, sizeof(g_rabbitmq));
  strncpy(g_rabbitmq.host, host, sizeof(g_rabbitmq.host) - 1);
  strncpy(g_rabbitmq.username, username, sizeof(g_rabbitmq.username) - 1);
  strncpy(g_rabbitmq.password, password, sizeof(g_rabbitmq.password) - 1);
  strncpy(g_rabbitmq.vhost, vhost, sizeof(g_rabbitmq.vhost) - 1);
  g_rabbitmq.port = port;
  pthread_mutex_init(&g_rabbitmq.publish_mutex, NULL);

  g_rabbitmq.connection = amqp_new_connection();
  g_rabbitmq.socket = amqp_tcp_socket_new(g_rabbitmq.connection);
  if (!g_rabbitmq.socket || amqp_socket_open(g_rabbitmq.socket, host, port))
    return false;
  amqp_rpc_reply_t r =
      amqp_login(g_rabbitmq.connection, vhost, 0, 131072, 0,
                 AMQP_SASL_METHOD_PLAIN, username, password);
  if (r.reply_type != AMQP_RESPONSE_NORMAL)
    return false;
  amqp_channel_open(g_rabbitmq.connection, 1);
  g_rabbitmq.connected = true;
  return true;
}

void rabbitmq_disconnect(void) {
  pthread_mutex_lock(&g_rabbitmq.publish_mutex);
  if (g_rabbitmq.connected) {
    amqp_channel_close(g_rabbitmq.connection, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(g_rabbitmq.connection, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(g_rabbitmq.connection);
    g_rabbitmq.connected = false;
  }
  pthread_mutex_unlock(&g_rabbitmq.publish_mutex);
  pthread_mutex_destroy(&g_rabbitmq.publish_mutex);
}

bool rabbitmq_reconnect(void) {
  rabbitmq_disconnect();
  return rabbitmq_init(g_rabbitmq.host, g_rabbitmq.port, g_rabbitmq.username,
                       g_rabbitmq.password, g_rabbitmq.vhost);
}

/* Called for every accounting packet, from the RADIUS worker threads. */
bool rabbitmq_publish(const char *queue_name, const char *message) {
  if (!queue_name || !message)
    return false;

  pthread_mutex_lock(&g_rabbitmq.publish_mutex);
  if (!g_rabbitmq.connected) {
    pthread_mutex_unlock(&g_rabbitmq.publish_mutex);
    return false;
  }
  amqp_bytes_t body;
  body.len = strlen(message);
  body.bytes = (void *)message;
  amqp_basic_properties_t props;
  props._flags = AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_DELIVERY_MODE_FLAG;
  props.content_type = amqp_cstring_bytes("application/json");
  props.delivery_mode = 2;
  int ret = amqp_basic_publish(g_rabbitmq.connection, 1, amqp_empty_bytes,
                               amqp_cstring_bytes(queue_name), 0, 0, &props,
                               body);
  pthread_mutex_unlock(&g_rabbitmq.publish_mutex);

  if (ret < 0) {
    syslog(LOG_ERR, "RabbitMQ publish failed: %s", amqp_error_string2(ret));
    rabbitmq_reconnect();
    return false;
  }
  return true;
}
