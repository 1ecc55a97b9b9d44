// SOURCE: public GitHub file (NatsMessageBus::Impl; search-index id 61257936815; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - the connection is made once in Impl's constructor and kept in a member; the per-message onMessage callback only uses it
#include <nats/nats.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace {
void checkNats(natsStatus s, const char *what) {
  if (s != NATS_OK) throw std::runtime_error(std::string(what) + ": " + natsStatus_GetText(s));
}
} // namespace

struct NatsMessageBus {
  using Handler = std::function<void(const std::string &)>;
  struct Impl;
};

struct NatsMessageBus::Impl {
  natsConnection *connection = nullptr;
  std::mutex mutex;
  Handler handler;
  natsSubscription *subscription = nullptr;

  explicit Impl(const std::string &url) {
    checkNats(natsConnection_ConnectTo(&connection, url.c_str()), "Failed to connect to NATS");
  }

  ~Impl() {
    if (subscription) natsSubscription_Destroy(subscription);
    if (connection) natsConnection_Destroy(connection);
  }

  static void onMessage(natsConnection *nc, natsSubscription *sub, natsMsg *msg, void *closure) {
    auto *self = static_cast<Impl *>(closure);
    std::string data(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    if (natsMsg_GetReply(msg)) natsConnection_PublishString(self->connection, natsMsg_GetReply(msg), "ack");
    self->handler(data);
    natsMsg_Destroy(msg);
  }

  void subscribe(const std::string &subject, Handler h) {
    handler = std::move(h);
    checkNats(natsConnection_Subscribe(&subscription, connection, subject.c_str(), &Impl::onMessage, this),
              "subscribe");
  }
};
