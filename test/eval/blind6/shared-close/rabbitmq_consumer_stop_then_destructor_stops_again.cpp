// SOURCE: public GitHub file (fdqueue rabbitmq_consumer.cpp; search-index id 29556758591; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: positive - public Stop() destroys the connection member without resetting it, and the destructor calls Stop() again: a caller that stops the consumer and then drops it destroys the connection twice
#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <string>

namespace fdqueue {

class RmqConsumer {
public:
  RmqConsumer(const std::string &Host, int Port) : Host(Host), Port(Port) {
    initConn();
  }
  ~RmqConsumer() { Stop(); }

  // Consumes until the broker goes away.
  void Run() {
    while (true) {
      amqp_envelope_t Envelope;
      amqp_maybe_release_buffers(Conn);
      amqp_rpc_reply_t Ret = amqp_consume_message(Conn, &Envelope, nullptr, 0);
      if (Ret.reply_type != AMQP_RESPONSE_NORMAL)
        return;
      amqp_basic_ack(Conn, 1, Envelope.delivery_tag, 0);
      amqp_destroy_envelope(&Envelope);
    }
  }

  void Stop() {
    amqp_channel_close(Conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(Conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(Conn); // EXPECT-WARN
  }

private:
  void initConn() {
    Conn = amqp_new_connection();
    amqp_socket_t *Socket = amqp_tcp_socket_new(Conn);
    if (!Socket)
      throw "create rabbitmq socket error.";
    if (amqp_socket_open(Socket, Host.c_str(), Port))
      throw "Connect Rabbitmq Server Error.";
    amqp_login(Conn, "/", 1, 131072, 10, AMQP_SASL_METHOD_PLAIN, "guest",
               "guest");
    amqp_channel_open(Conn, 1);
  }

  std::string Host;
  int Port;
  amqp_connection_state_t Conn;
};

} // namespace fdqueue
