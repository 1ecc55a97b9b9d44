// SOURCE: public GitHub file (search-index id 23649908612; the index does not name its repository): Control::NC::~NC destroys its subscriptions, JetStream context and connection, then calls nats_Close()
// LIBRARY: nats
// SHAPE: negative - the control plane's one NATS client object is created in main and destroyed at exit; its destructor releases members and tears the library down
#include <nats/nats.h>
#include <stdexcept>
#include <string>

namespace Control {
class NC {
public:
  explicit NC(const std::string &Url) {
    if (natsConnection_ConnectTo(&nc, Url.c_str()) != NATS_OK)
      throw std::runtime_error("nats connect failed");
    if (natsConnection_JetStream(&js, nc, nullptr) != NATS_OK)
      throw std::runtime_error("jetstream failed");
  }
  ~NC() {
    natsSubscription_Destroy(commandSub);
    natsSubscription_Destroy(statusSub);
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    nats_Close();
  }
  bool publish(const std::string &Subject, const std::string &Data) {
    return natsConnection_Publish(nc, Subject.c_str(), Data.c_str(),
                                  (int)Data.size()) == NATS_OK;
  }

private:
  natsConnection *nc = nullptr;
  jsCtx *js = nullptr;
  natsSubscription *commandSub = nullptr;
  natsSubscription *statusSub = nullptr;
};
} // namespace Control

int main() {
  Control::NC Nc("nats://127.0.0.1:4222");
  Nc.publish("status", "{\"up\":true}");
  return 0;
}
