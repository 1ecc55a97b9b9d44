// SOURCE: code search result (repository not shown), spectacles brokers Publisher::connect (src/broker.cpp: `conn = amqp_new_connection(); socket = amqp_tcp_socket_new(conn); ... amqp_socket_open(socket, hostname.c_str(), port)` into the Publisher member `conn`; gateway events are then published over it); the gateway event loop is rendered
// LIBRARY: rabbitmq
// SHAPE: negative - connection created by a connect() method into a member field once at start-up; the per-event publish method only uses the member
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <set>
#include <string>

namespace spectacles {
namespace brokers {

struct Error { int type = 0; };
enum { BROKER_TCP_SOCKET_ERROR = 1, BROKER_SOCKET_OPEN_ERROR = 2 };

class Publisher {
 public:
  Error connect(std::string hostname, int port, std::string g, std::set<std::string> s);
  void publish(const std::string &event, const std::string &data);
 private:
  amqp_connection_state_t conn;
  std::string group;
  std::set<std::string> events;
};

Error Publisher::connect(std::string hostname, int port, std::string g, std::set<std::string> s) {
  Error e;
  group = g;
  events = s;
  amqp_socket_t *socket = nullptr;
  conn = amqp_new_connection();
  socket = amqp_tcp_socket_new(conn);
  if (!socket) {
    e.type = BROKER_TCP_SOCKET_ERROR;
    return e;
  }
  int status = amqp_socket_open(socket, hostname.c_str(), port);
  if (status) {
    e.type = BROKER_SOCKET_OPEN_ERROR;
    return e;
  }
  amqp_login(conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest", "guest");
  amqp_channel_open(conn, 1);
  return e;
}

void Publisher::publish(const std::string &event, const std::string &data) {
  amqp_basic_publish(conn, 1, amqp_cstring_bytes(group.c_str()), amqp_cstring_bytes(event.c_str()), 0, 0,
                     nullptr, amqp_cstring_bytes(data.c_str()));
}

}  // namespace brokers
}  // namespace spectacles

extern bool gateway_next_event(std::string &name, std::string &payload);

int main() {
  spectacles::brokers::Publisher pub;
  pub.connect("localhost", 5672, "gateway", {"MESSAGE_CREATE"});
  std::string name, payload;
  while (gateway_next_event(name, payload)) pub.publish(name, payload);
}
