// SOURCE: public GitHub file (scan worker run_worker(); search-index id 70539949136; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative (hard) - a reconnect loop: each iteration opens one connection that then serves an inner consume loop until the broker drops it; a new connection per iteration is the recovery, not churn
#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <string>
#include <thread>

static std::atomic<bool> g_shutdown_requested{false};

static bool check_reply(amqp_rpc_reply_t r, const char *what) {
  if (r.reply_type == AMQP_RESPONSE_NORMAL) return true;
  std::cerr << "[worker] " << what << " failed\n";
  return false;
}

int run_worker(const std::string &host, int port, const std::string &queue_name) {
  int reconnect_delay = 1;
  while (!g_shutdown_requested.load()) {
    amqp_connection_state_t conn = amqp_new_connection();
    amqp_socket_t *socket = amqp_tcp_socket_new(conn);

    const auto teardown = [&conn]() {
      amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
      amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
      amqp_destroy_connection(conn);
    };

    if (socket == nullptr) {
      amqp_destroy_connection(conn);
      return 2;
    }
    if (amqp_socket_open(socket, host.c_str(), port) != AMQP_STATUS_OK) {
      amqp_destroy_connection(conn);
      std::this_thread::sleep_for(std::chrono::seconds(reconnect_delay));
      reconnect_delay = std::min(reconnect_delay * 2, 30);
      continue;
    }
    if (!check_reply(amqp_login(conn, "/", 0, AMQP_DEFAULT_FRAME_SIZE, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest"),
                     "login")) {
      amqp_destroy_connection(conn);
      return 2;
    }
    amqp_channel_open(conn, 1);
    amqp_basic_consume(conn, 1, amqp_cstring_bytes(queue_name.c_str()), amqp_empty_bytes, 0, 0, 0,
                       amqp_empty_table);
    reconnect_delay = 1;

    while (!g_shutdown_requested.load()) {
      amqp_maybe_release_buffers(conn);
      timeval timeout{1, 0};
      amqp_envelope_t envelope;
      const amqp_rpc_reply_t reply = amqp_consume_message(conn, &envelope, &timeout, 0);
      if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && reply.library_error == AMQP_STATUS_TIMEOUT)
        continue;
      if (reply.reply_type != AMQP_RESPONSE_NORMAL)
        break; // fall out to the reconnect loop
      amqp_basic_ack(conn, 1, envelope.delivery_tag, 0);
      amqp_destroy_envelope(&envelope);
    }
    teardown();
  }
  return 0;
}
