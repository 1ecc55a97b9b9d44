// SOURCE: public GitHub file (NatsImpl::subscribe_task_with_timeout in a task-queue system; search-index id 29190526712; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - the message taken with natsSubscription_NextMsg is deserialized into a task and the function returns without natsMsg_Destroy
#include <nats/nats.h>
#include <string>

struct task {
  std::string payload;
};

static task *deserialize_task(const char *data) { return new task{data}; }

task *subscribe_task_with_timeout(natsSubscription *sub, int &status) {
  natsMsg *msg = nullptr;
  natsSubscription_NextMsg(&msg, sub, 1000); // EXPECT-WARN
  if (msg == nullptr)
    return nullptr;
  task *t = deserialize_task(natsMsg_GetData(msg));
  status = 0;
  return t;
}
