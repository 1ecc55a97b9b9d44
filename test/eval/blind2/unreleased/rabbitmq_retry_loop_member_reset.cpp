// SOURCE: public GitHub file, ShipNetSim SimulationServer::reconnectToRabbitMQ (search-index id 29371774914; the index does not name its repository)
// LIBRARY: rabbitmq
// SHAPE: positive - a retry loop assigns amqp_new_connection() to a data member; every failed step sets the member to nullptr or just 'continue's to the next attempt, which overwrites it, and the connection is never destroyed (documented gap: a handle stored in a data member counts as handed over)
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

static const int MAX_RECONNECT_ATTEMPTS = 5;
static const int RECONNECT_DELAY_SECONDS = 2;
static const std::string EXCHANGE_NAME = "ShipNetSim";

class SimulationServer {
public:
  void reconnectToRabbitMQ();

private:
  void startConsumingMessages();
  amqp_connection_state_t mRabbitMQConnection = nullptr;
  std::string mHostname;
  int mPort = 5672;
};

void SimulationServer::reconnectToRabbitMQ() {
  int retryCount = 0;
  while (retryCount < MAX_RECONNECT_ATTEMPTS) {
    mRabbitMQConnection = amqp_new_connection(); // EXPECT-WARN
    amqp_socket_t *socket = amqp_tcp_socket_new(mRabbitMQConnection);
    if (!socket) {
      std::fprintf(stderr, "Unable to create RabbitMQ socket. Retrying...\n");
      retryCount++;
      std::this_thread::sleep_for(std::chrono::seconds(RECONNECT_DELAY_SECONDS));
      // Reset pointers before retry
      mRabbitMQConnection = nullptr;
      socket = nullptr;
      continue; // Retry
    }

    int status = amqp_socket_open(socket, mHostname.c_str(), mPort);
    if (status != AMQP_STATUS_OK) {
      std::fprintf(stderr, "Failed to open RabbitMQ socket. Retrying...\n");
      retryCount++;
      std::this_thread::sleep_for(std::chrono::seconds(RECONNECT_DELAY_SECONDS));
      mRabbitMQConnection = nullptr;
      socket = nullptr;
      continue; // Retry
    }

    amqp_exchange_declare_ok_t *exchange_declare_res = amqp_exchange_declare(
        mRabbitMQConnection, 1, amqp_cstring_bytes(EXCHANGE_NAME.c_str()),
        amqp_cstring_bytes("topic"), 0, 1, 0, 0, amqp_empty_table);
    if (!exchange_declare_res) {
      std::fprintf(stderr, "Unable to declare exchange. Retrying...\n");
      retryCount++;
      std::this_thread::sleep_for(std::chrono::seconds(RECONNECT_DELAY_SECONDS));
      continue;
    }

    startConsumingMessages();
    return; // Successful connection
  }
  std::fprintf(stderr, "Failed to establish a connection to RabbitMQ\n");
}
