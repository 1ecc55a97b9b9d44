// SOURCE: public GitHub file (pixie NATS connector, Connect with a libuv event loop; search-index id 21407773435; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - natsOptions_Create into a local, then natsOptions_SetEventLoop fails and the function returns an error status without natsOptions_Destroy; the options are destroyed only after the connect
#include <nats/nats.h>
#include <string>

struct Status {
  int code;
  std::string msg;
  static Status OK() { return {0, ""}; }
};

static Status Unknown(const std::string &Msg, int Code) { return {Code, Msg}; }

class NATSConnector {
public:
  Status Connect(void *uv_loop);

private:
  std::string nats_server_;
  natsConnection *nats_connection_ = nullptr;
};

Status NATSConnector::Connect(void *uv_loop) {
  natsOptions *nats_opts = nullptr;
  natsStatus s = natsOptions_Create(&nats_opts); // EXPECT-WARN
  if (s != NATS_OK)
    return Unknown("Failed to create NATS options", s);

  s = natsOptions_SetEventLoop(nats_opts, uv_loop, nullptr, nullptr, nullptr,
                               nullptr);
  if (s != NATS_OK) {
    return Unknown("Failed to set NATS event loop", s);
  }

  natsOptions_SetURL(nats_opts, nats_server_.c_str());

  auto nats_status = natsConnection_Connect(&nats_connection_, nats_opts);
  natsOptions_Destroy(nats_opts);
  nats_opts = nullptr;

  if (nats_status != NATS_OK)
    return Unknown("Failed to connect to NATS", nats_status);
  return Status::OK();
}
