// SOURCE: public GitHub file (RabbitMq client class constructor; search-index id 51782649804; the index does not name its repository)
// LIBRARY: rabbitmq-c
// SHAPE: positive (hard) - the constructor stores amqp_new_connection in a member, and when no socket can be made calls amqp_connection_close (which does not free the state) and throws; the destructor never runs for a throwing constructor, so the connection state leaks. The handle lives in a member, which the doc says is trusted (a documented gap)
#include <amqp.h>
#include <amqp_ssl_socket.h>
#include <amqp_tcp_socket.h>
#include <stdexcept>
#include <string>

class RabbitMq {
public:
  explicit RabbitMq(const std::string &cacert) {
    mState = amqp_new_connection(); // EXPECT-WARN
    if (!cacert.empty())
      mSocket = amqp_ssl_socket_new(mState);
    else
      mSocket = amqp_tcp_socket_new(mState);
    if (!mSocket) {
      amqp_connection_close(mState, AMQP_REPLY_SUCCESS);
      throw std::runtime_error{"unable to initialize connection"};
    }
  }
  ~RabbitMq() {
    amqp_connection_close(mState, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(mState);
  }

private:
  amqp_connection_state_t mState{nullptr};
  amqp_socket_t *mSocket{nullptr};
};
