// SOURCE: public GitHub file (MqService: RabbitMQ connect fails -> amqp_destroy_connection(conn_); conn_ = nullptr; type_ = "local"; search-index id 56047592913; the index does not name its repository)
// LIBRARY: rabbitmq-c
// SHAPE: negative - the service's constructor-time connect destroys the connection it just made when the socket does not open, clears the member and falls back to local mode; publish tests the member
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <iostream>
#include <string>

class MqService {
public:
  MqService(const std::string &host, int port, const std::string &vhost, const std::string &user,
            const std::string &pwd) {
    conn_ = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(conn_);
    if (!sock || amqp_socket_open(sock, host.c_str(), port)) {
      std::cerr << "[MqService] RabbitMQ connect failed, local mode" << std::endl;
      amqp_destroy_connection(conn_);
      conn_ = nullptr;
      type_ = "local";
    } else {
      amqp_rpc_reply_t rep = amqp_login(conn_, vhost.c_str(), 0, 131072, 0, AMQP_SASL_METHOD_PLAIN,
                                        user.c_str(), pwd.c_str());
      type_ = rep.reply_type == AMQP_RESPONSE_NORMAL ? "rabbitmq" : "local";
    }
  }

  ~MqService() {
    if (conn_)
      amqp_destroy_connection(conn_);
  }

  bool publish(const std::string &body) {
    if (!conn_ || type_ != "rabbitmq")
      return false;
    amqp_bytes_t msg = amqp_cstring_bytes(body.c_str());
    return amqp_basic_publish(conn_, 1, amqp_cstring_bytes("events"), amqp_cstring_bytes(""), 0, 0,
                              nullptr, msg) == AMQP_STATUS_OK;
  }

private:
  amqp_connection_state_t conn_ = nullptr;
  std::string type_;
};
