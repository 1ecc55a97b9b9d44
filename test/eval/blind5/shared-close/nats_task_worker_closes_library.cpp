// SOURCE: public GitHub file (search-index id 57440226096; the index does not name its repository): a runtime task that pulls a JetStream batch, then destroys its subscription and connection and calls nats_Close() before the team barrier
// LIBRARY: nats
// SHAPE: positive - a task body run by every thread of a worker team tears the whole NATS library down (nats_Close) after using its own connection; the other threads' connections are still in use
#include <nats/nats.h>

struct Team;
void teamBarrier(Team *T);

int pullBatchTask(Team *T, const char *Url, const char *Subject) {
  natsConnection *nc = nullptr;
  jsCtx *js = nullptr;
  natsSubscription *sub = nullptr;
  if (natsConnection_ConnectTo(&nc, Url) != NATS_OK)
    return -1;
  if (natsConnection_JetStream(&js, nc, nullptr) == NATS_OK &&
      js_PullSubscribe(&sub, js, Subject, "durable", nullptr, nullptr,
                       nullptr) == NATS_OK) {
    natsMsgList list;
    if (natsSubscription_Fetch(&list, sub, 64, 5000, nullptr) == NATS_OK) {
      for (int i = 0; i < list.Count; i++)
        natsMsg_Ack(list.Msgs[i], nullptr);
      natsMsgList_Destroy(&list);
    }
  }
  natsSubscription_Destroy(sub);
  jsCtx_Destroy(js);
  natsConnection_Destroy(nc);
  nats_Close(); // EXPECT-WARN
  teamBarrier(T);
  return 0;
}
