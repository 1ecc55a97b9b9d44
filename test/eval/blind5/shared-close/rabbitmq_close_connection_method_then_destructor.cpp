// SOURCE: public GitHub file (search-index id 1234009641; the index does not name its repository): nutc::rabbitmq::RabbitMQ::closeConnection() closes the channel and connection and destroys the member without clearing it; the destructor added here calls it again, as wrapper classes with a public close method commonly do
// LIBRARY: rabbitmq
// SHAPE: positive - closeConnection() destroys the member and leaves it set, and the destructor runs closeConnection() again; a caller that closes early destroys the connection twice
#include <amqp.h>

namespace nutc::rabbitmq {
class RabbitMQ {
public:
  explicit RabbitMQ(amqp_connection_state_t Conn) : conn(Conn) {}
  ~RabbitMQ() { closeConnection(); }

  void closeConnection() {
    amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn); // EXPECT-WARN
  }

private:
  amqp_connection_state_t conn;
};
} // namespace nutc::rabbitmq
