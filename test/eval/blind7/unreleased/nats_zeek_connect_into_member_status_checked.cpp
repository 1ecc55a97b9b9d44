// SOURCE: public GitHub file (zeek NATS cluster backend, NATSManagerImpl::Connect; search-index id 15576199719; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - natsConnection_Connect writes the connection into a data member; a failed status acquires nothing and returns false, the success path keeps it in the member for the class to close later
#include <nats/nats.h>
#include <cstdio>
#include <string>
#include <vector>

class NATSManagerImpl {
public:
  bool Connect();

private:
  natsConnection *conn = nullptr;
  natsOptions *options = nullptr;
  std::vector<std::string> subscriptions;
  std::vector<natsSubscription *> subs;
};

bool NATSManagerImpl::Connect() {
  if (conn != nullptr) {
    std::fprintf(stderr, "Connect(url) called twice?\n");
    return false;
  }

  natsStatus status = NATS_OK;
  if (status = natsConnection_Connect(&conn, options); status != NATS_OK) {
    std::fprintf(stderr, "natsConnection_Connect failed: %s\n",
                 nats_GetLastError(nullptr));
    return false;
  }

  for (const auto &subject : subscriptions) {
    natsSubscription *sub = nullptr;
    if (natsConnection_SubscribeSync(&sub, conn, subject.c_str()) == NATS_OK)
      subs.push_back(sub);
  }
  return true;
}
