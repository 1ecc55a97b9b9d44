// SOURCE: public GitHub file (latency probe publishing time stamps over NATS; search-index id 15918209612; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - the subscription made in each loop iteration is destroyed inside the success branch, and the message only exists (and is destroyed) when NextMsg returned NATS_OK
#include <nats/nats.h>
#include <cstdint>
#include <cstdio>

void publishMsg(natsConnection *conn, const char *subject, int64_t stamp);

void probe_loop(natsConnection *conn, const char *subject, int rounds) {
  natsStatus s;
  for (int i = 0; i < rounds; ++i) {
    publishMsg(conn, subject, i);
    natsSubscription *sub = NULL;
    s = natsConnection_SubscribeSync(&sub, conn, "time.response");
    if (s == NATS_OK) {
      natsMsg *msg = NULL;
      s = natsSubscription_NextMsg(&msg, sub, 1000);
      if (s == NATS_OK) {
        int64_t stamp = *(const int64_t *)natsMsg_GetData(msg);
        std::printf("dt: %lld\n", (long long)stamp);
        natsMsg_Destroy(msg);
      }
      natsSubscription_Destroy(sub);
    }
  }
}
