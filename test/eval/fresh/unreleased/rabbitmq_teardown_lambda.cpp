// SOURCE: public GitHub file (scan worker run_worker(); search-index id 70539949136; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative - early failures call amqp_destroy_connection directly; later failures and the normal exit call the local `teardown` lambda, which destroys the connection
#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <iostream>
#include <string>

static bool check_reply(amqp_rpc_reply_t r, const char *what) {
  if (r.reply_type == AMQP_RESPONSE_NORMAL) return true;
  std::cerr << "[worker] " << what << " failed\n";
  return false;
}

int run_once(const std::string &host, int port, const std::string &queue_name) {
  amqp_connection_state_t conn = amqp_new_connection();
  amqp_socket_t *socket = amqp_tcp_socket_new(conn);

  const auto teardown = [&conn]() {
    amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn);
  };

  if (socket == nullptr) {
    std::cerr << "[worker] failed to create TCP socket\n";
    amqp_destroy_connection(conn);
    return 2;
  }
  if (amqp_socket_open(socket, host.c_str(), port) != AMQP_STATUS_OK) {
    amqp_destroy_connection(conn);
    return 1;
  }
  if (!check_reply(amqp_login(conn, "/", 0, AMQP_DEFAULT_FRAME_SIZE, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest"),
                   "login")) {
    amqp_destroy_connection(conn);
    return 2; // bad credentials will not fix themselves
  }
  amqp_channel_open(conn, 1);
  amqp_queue_declare(conn, 1, amqp_cstring_bytes(queue_name.c_str()), 0, 1, 0, 0, amqp_empty_table);
  if (!check_reply(amqp_get_rpc_reply(conn), "queue declare")) {
    teardown();
    return 2;
  }
  amqp_basic_qos(conn, 1, 0, 1, 0);
  if (!check_reply(amqp_get_rpc_reply(conn), "basic qos")) {
    teardown();
    return 2;
  }
  teardown();
  return 0;
}
