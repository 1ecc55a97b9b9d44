// SOURCE: public GitHub file (ajar connector main, NATS publish with optional mTLS; search-index id 62736324460; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - natsConnection_Connect into a local (a failed status acquires nothing and returns), then a failed publish returns 1 without natsConnection_Destroy; only the end of the function destroys the connection (rendered: the publish step after the connect is reconstructed from the program's description)
#include <nats/nats.h>
#include <cstdio>
#include <string>

int run_connector(const char *url, const std::string &subject,
                  const std::string &payload) {
  natsConnection *conn = nullptr;
  natsOptions *opts = nullptr;
  if (natsOptions_Create(&opts) != NATS_OK)
    return 1;
  natsOptions_SetURL(opts, url);
  natsStatus st = natsConnection_Connect(&conn, opts); // EXPECT-WARN
  natsOptions_Destroy(opts);
  if (st != NATS_OK) {
    std::fprintf(stderr, "connect NATS: %s\n", natsStatus_GetText(st));
    return 1;
  }

  st = natsConnection_Publish(conn, subject.c_str(), payload.data(),
                              static_cast<int>(payload.size()));
  if (st != NATS_OK) {
    std::fprintf(stderr, "publish: %s\n", natsStatus_GetText(st));
    return 1;
  }
  natsConnection_FlushTimeout(conn, 2000);

  natsConnection_Destroy(conn);
  return 0;
}
