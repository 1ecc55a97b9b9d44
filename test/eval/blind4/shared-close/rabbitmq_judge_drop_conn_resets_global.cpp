// SOURCE: public GitHub file of an online-judge task publisher (search-index id 65884293885; drop_conn; the index does not name its repository). The retrying publish that calls it is reconstructed
// LIBRARY: rabbitmq
// SHAPE: negative - drop_conn closes and destroys the global connection and sets it to nullptr; the single publishing thread reconnects on its next call when it finds nullptr
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <string>

static amqp_connection_state_t g_conn = nullptr;

// opened=1: the TCP connection and login succeeded, so close the channel and
// the connection before destroying it.
void drop_conn(int opened) {
  if (g_conn == nullptr) {
    return;
  }
  if (opened) {
    amqp_channel_close(g_conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(g_conn, AMQP_REPLY_SUCCESS);
  }
  amqp_destroy_connection(g_conn);
  g_conn = nullptr;
}

static bool ensure_conn() {
  if (g_conn != nullptr)
    return true;
  g_conn = amqp_new_connection();
  amqp_socket_t *sock = amqp_tcp_socket_new(g_conn);
  if (sock == nullptr || amqp_socket_open(sock, "127.0.0.1", 5672) != 0) {
    drop_conn(0);
    return false;
  }
  amqp_rpc_reply_t r = amqp_login(g_conn, "/", 0, 131072, 0,
                                  AMQP_SASL_METHOD_PLAIN, "guest", "guest");
  if (r.reply_type != AMQP_RESPONSE_NORMAL) {
    drop_conn(0);
    return false;
  }
  amqp_channel_open(g_conn, 1);
  return true;
}

// Publishes one judge task; called by the web backend's single worker thread.
bool publish_task(const std::string &json) {
  if (!ensure_conn())
    return false;
  amqp_basic_properties_t props;
  props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG;
  props.delivery_mode = 2;
  int rc = amqp_basic_publish(g_conn, 1, amqp_cstring_bytes(""),
                              amqp_cstring_bytes("judge.tasks"), 0, 0, &props,
                              amqp_cstring_bytes(json.c_str()));
  if (rc != AMQP_STATUS_OK) {
    drop_conn(1);
    return false;
  }
  return true;
}
