// SOURCE: public GitHub file (AMQPRPC: joins its receive and send threads, closes channel and connection, amqp_destroy_connection(conn_); conn_ = nullptr; init_ = false; search-index id 36299098880; the index does not name its repository)
// LIBRARY: rabbitmq-c
// SHAPE: negative - the stop method joins the threads that use the connection, destroys it and clears the member; the destructor's second stop finds nothing to close
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <thread>
#include <memory>

class AMQPRPC {
public:
  ~AMQPRPC() { stop(); }

  bool start(const char *host, int port) {
    conn_ = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(conn_);
    if (!sock || amqp_socket_open(sock, host, port) != AMQP_STATUS_OK) {
      amqp_destroy_connection(conn_);
      conn_ = nullptr;
      return false;
    }
    recv_thread_ = std::make_unique<std::thread>([this] { recvLoop(); });
    init_ = true;
    return true;
  }

  void stop() {
    if (!init_)
      return;
    recv_thread_->join();
    recv_thread_.reset();
    amqp_channel_close(conn_, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn_, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn_);
    conn_ = nullptr;
    init_ = false;
  }

private:
  void recvLoop() {}

  amqp_connection_state_t conn_ = nullptr;
  std::unique_ptr<std::thread> recv_thread_;
  bool init_ = false;
};
