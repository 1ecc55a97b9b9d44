// SOURCE: public GitHub file (NATS "originReset" listener thread of a tracking service; search-index id 39779771506; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - when natsConnection_SubscribeSync fails, goto cleanup_opts jumps past natsConnection_Destroy, so the connection leaks; the subscription is never destroyed on any path; messages are destroyed in the NATS_OK branch and are NULL otherwise
#include <nats/nats.h>
#include <atomic>
#include <string>

extern std::atomic<bool> terminate_flag;
void enqueue_reset();

void origin_reset_listener(const std::string &endpoint_url) {
  natsConnection *conn = nullptr;
  natsSubscription *sub = nullptr;
  natsOptions *opts = nullptr;
  natsStatus status = natsOptions_Create(&opts);
  if (status != NATS_OK)
    return;

  natsOptions_SetAllowReconnect(opts, true);
  natsOptions_SetURL(opts, endpoint_url.c_str());

  status = natsConnection_Connect(&conn, opts); // EXPECT-WARN
  if (status != NATS_OK)
    goto cleanup_opts;

  status = natsConnection_SubscribeSync(&sub, conn, "originReset"); // EXPECT-WARN
  if (status != NATS_OK)
    goto cleanup_opts;

  for (bool loop = true; loop && !terminate_flag;) {
    natsMsg *msg = nullptr;
    natsStatus s = natsSubscription_NextMsg(&msg, sub, 500);
    if (s == NATS_TIMEOUT) {
    } else if (s == NATS_CONNECTION_CLOSED) {
      loop = false;
    } else if (s == NATS_OK) {
      std::string body(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
      natsMsg_Destroy(msg);
      enqueue_reset();
    }
  }

  natsConnection_Destroy(conn);
cleanup_opts:
  natsOptions_Destroy(opts);
}
