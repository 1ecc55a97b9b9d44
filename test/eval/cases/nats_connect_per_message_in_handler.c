// SOURCE: https://github.com/nats-io/nats.net.v1/issues/248 ("should every request use ConnectionFactory.CreateConnection() and use/dispose the connection as a transient object?") and https://github.com/nats-io/nats.c examples/replier.c (onMsg handler) - rendered with nats.c: the subscription handler opens a second connection to forward every message
// LIBRARY: nats
// SHAPE: positive - message handler registered with natsConnection_Subscribe connects (and destroys) a connection per message
#include <nats/nats.h>
#include <stdio.h>

static void onMsg(natsConnection *nc, natsSubscription *sub, natsMsg *msg, void *closure) {
  (void)nc;
  (void)sub;
  const char *upstream = closure;
  natsConnection *out = NULL;
  if (natsConnection_ConnectTo(&out, upstream) == NATS_OK) { // EXPECT-WARN
    natsConnection_Publish(out, "audit.events", natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    natsConnection_Flush(out);
    natsConnection_Destroy(out);
  }
  natsMsg_Destroy(msg);
}

int main(void) {
  natsConnection *conn = NULL;
  natsSubscription *sub = NULL;
  if (natsConnection_ConnectTo(&conn, NATS_DEFAULT_URL) != NATS_OK)
    return 1;
  natsConnection_Subscribe(&sub, conn, "events.>", onMsg, (void *)"nats://audit:4222");
  for (;;)
    nats_Sleep(1000);
}
