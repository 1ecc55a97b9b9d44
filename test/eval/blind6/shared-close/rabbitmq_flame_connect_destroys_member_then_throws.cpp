// SOURCE: public GitHub file (flame PHP extension, db/rabbitmq/client_implement.cpp; search-index id 14999689246; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: positive (hard) - connect() is a method, not a constructor: when the socket does not open it destroys the connection member and throws without clearing it; the object lives on, and its destroy() (run before the object is deleted) tests the member for null and destroys it again. The docs exempt a release followed by a throw, so this is a documented gap (the destroy-work/delete pair of the original is rendered as a destructor)
#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <stdexcept>
#include <string>

namespace flame {
namespace rabbitmq {

class client_implement {
public:
  ~client_implement() { destroy(false); }

  void connect(const std::string &Host, int Port, const std::string &Vhost,
               const std::string &User, const std::string &Pass) {
    conn_ = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(conn_);

    int error = amqp_socket_open(sock, Host.c_str(), Port);
    if (error != AMQP_STATUS_OK) {
      amqp_destroy_connection(conn_); // EXPECT-WARN
      throw std::runtime_error(amqp_error_string2(error));
    }
    amqp_rpc_reply_t reply =
        amqp_login(conn_, Vhost.c_str(), AMQP_DEFAULT_MAX_CHANNELS,
                   AMQP_DEFAULT_FRAME_SIZE, 30, AMQP_SASL_METHOD_PLAIN,
                   User.c_str(), Pass.c_str());
    if (reply.reply_type != AMQP_RESPONSE_NORMAL) {
      destroy(false);
      throw std::runtime_error("rabbitmq login failed");
    }
    amqp_channel_open(conn_, 1);
  }

  void destroy(bool close_channel) {
    if (conn_ == nullptr)
      return;
    if (close_channel)
      amqp_channel_close(conn_, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn_, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn_);
    conn_ = nullptr;
  }

private:
  amqp_connection_state_t conn_ = nullptr;
};

} // namespace rabbitmq
} // namespace flame
