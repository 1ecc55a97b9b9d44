// SOURCE: public GitHub file (warehouse messaging RabbitMqConsumer.cpp; search-index id 11025462810; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: negative (hard) - connect() destroys the half-made connection and throws; the member keeps the stale pointer, but 'connected_' stays false so disconnect() and the destructor skip it, and the retry loop's next connect() assigns a new one
#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <mutex>
#include <stdexcept>
#include <string>

class RabbitMqConsumer {
public:
  ~RabbitMqConsumer() { disconnect(); }

  void connect(const std::string &Host, int Port) {
    std::lock_guard<std::mutex> lock(connectionMutex_);
    if (connected_)
      return;
    conn_ = amqp_new_connection();
    if (!conn_)
      throw std::runtime_error("Failed to create AMQP connection");
    socket_ = amqp_tcp_socket_new(conn_);
    if (!socket_) {
      amqp_destroy_connection(conn_);
      throw std::runtime_error("Failed to create TCP socket");
    }
    int status = amqp_socket_open(socket_, Host.c_str(), Port);
    if (status != AMQP_STATUS_OK) {
      amqp_destroy_connection(conn_);
      throw std::runtime_error(std::string("Failed to open socket: ") +
                               amqp_error_string2(status));
    }
    amqp_login(conn_, "/", AMQP_DEFAULT_MAX_CHANNELS, AMQP_DEFAULT_FRAME_SIZE,
               0, AMQP_SASL_METHOD_PLAIN, "guest", "guest");
    amqp_channel_open(conn_, 1);
    connected_ = true;
  }

  void disconnect() {
    std::lock_guard<std::mutex> lock(connectionMutex_);
    if (!connected_)
      return;
    amqp_channel_close(conn_, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn_, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn_);
    connected_ = false;
  }

private:
  std::mutex connectionMutex_;
  amqp_connection_state_t conn_ = nullptr;
  amqp_socket_t *socket_ = nullptr;
  bool connected_ = false;
};
