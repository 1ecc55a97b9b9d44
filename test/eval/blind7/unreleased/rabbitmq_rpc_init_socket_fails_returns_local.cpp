// SOURCE: public GitHub file (AMQPRPC::init of an RPC layer over rabbitmq-c; search-index id 36071936590; the index does not name its repository)
// LIBRARY: rabbitmq-c
// SHAPE: positive - amqp_new_connection into a local, then "Creating TCP socket failed" and "Opening TCP socket failed" return 1 without amqp_destroy_connection; only after login is the connection stored in the member (rendered: the original writes conn_ directly; here the connection is kept in a local until set-up succeeds, the shape a refactoring of that code produces)
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <cstdio>
#include <string>

class AMQPRPC {
public:
  int init(const std::string &host, int port);

private:
  bool init_ = false;
  amqp_connection_state_t conn_ = nullptr;
};

int AMQPRPC::init(const std::string &host, int port) {
  if (init_) {
    std::fprintf(stderr, "AMQPRPC duplicate initialize, just return\n");
    return 0;
  }

  amqp_connection_state_t conn = amqp_new_connection(); // EXPECT-WARN
  amqp_socket_t *socket = amqp_tcp_socket_new(conn);
  if (!socket) {
    std::fprintf(stderr, "Creating TCP socket failed\n");
    return 1;
  }

  if (amqp_socket_open(socket, host.c_str(), port) != AMQP_STATUS_OK) {
    std::fprintf(stderr, "Opening TCP socket failed\n");
    return 1;
  }

  amqp_rpc_reply_t res = amqp_login(conn, "/", 0, 131072, 0,
                                    AMQP_SASL_METHOD_PLAIN, "guest", "guest");
  if (res.reply_type != AMQP_RESPONSE_NORMAL) {
    amqp_destroy_connection(conn);
    return 1;
  }

  conn_ = conn;
  init_ = true;
  return 0;
}
