// SOURCE: public GitHub file (search-index id 29041070240; the index does not name its repository): a Discord gateway's Publisher::~Publisher closes the channel and the connection and destroys it (returning early if a close fails)
// LIBRARY: rabbitmq
// SHAPE: negative - the connection member is destroyed in the owner's destructor
#include <amqp.h>

class Publisher {
public:
  explicit Publisher(amqp_connection_state_t Conn) : conn(Conn) {}
  ~Publisher() {
    amqp_rpc_reply_t reply = amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
    if (reply.reply_type != AMQP_RESPONSE_NORMAL)
      return;
    reply = amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    if (reply.reply_type != AMQP_RESPONSE_NORMAL)
      return;
    amqp_destroy_connection(conn);
  }

private:
  amqp_connection_state_t conn;
};
