// SOURCE: public GitHub file (Client constructor: natsConnection_JetStream fails -> natsConnection_Destroy(nc_); nc_ = nullptr; throw_status(...); destructor destroys js_ and nc_; search-index id 59457708912; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - the constructor destroys the connection member it made when the JetStream context cannot be created and throws; the object never exists, so its destructor does not run
#include <nats/nats.h>
#include <stdexcept>
#include <string>

[[noreturn]] static void throw_status(const char *what, natsStatus s) {
  throw std::runtime_error(std::string(what) + ": " + natsStatus_GetText(s));
}

class Client {
public:
  explicit Client(const char *url) {
    natsStatus s = natsConnection_ConnectTo(&nc_, url);
    if (s != NATS_OK)
      throw_status("connect", s);
    jsOptions opts;
    s = jsOptions_Init(&opts);
    if (s == NATS_OK)
      s = natsConnection_JetStream(&js_, nc_, &opts);
    if (s != NATS_OK) {
      natsConnection_Destroy(nc_);
      nc_ = nullptr;
      throw_status("jetstream context", s);
    }
  }

  ~Client() {
    if (js_ != nullptr)
      jsCtx_Destroy(js_);
    if (nc_ != nullptr)
      natsConnection_Destroy(nc_);
  }

private:
  natsConnection *nc_ = nullptr;
  jsCtx *js_ = nullptr;
};
