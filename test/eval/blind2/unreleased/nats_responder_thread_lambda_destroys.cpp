// SOURCE: public GitHub file, NatsManager unit test RequestReplyWithResponder (search-index id 52924538226; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - a lambda run by std::thread connects and subscribes through out-parameters and destroys the message, the subscription and the connection before it ends
#include <atomic>
#include <chrono>
#include <nats/nats.h>
#include <string>
#include <thread>

std::string getNatsUrl();

void run_responder(std::atomic<bool> &responder_ready) {
  std::thread responder([&]() {
    natsConnection *conn = nullptr;
    natsConnection_ConnectTo(&conn, getNatsUrl().c_str());

    natsSubscription *sub = nullptr;
    natsConnection_SubscribeSync(&sub, conn, "test.request");

    responder_ready = true;

    natsMsg *msg = nullptr;
    if (natsSubscription_NextMsg(&msg, sub, 5000) == NATS_OK) {
      const char *reply_to = natsMsg_GetReply(msg);
      if (reply_to) {
        natsConnection_PublishString(conn, reply_to, "response_data");
      }
      natsMsg_Destroy(msg);
    }

    natsSubscription_Destroy(sub);
    natsConnection_Destroy(conn);
  });

  while (!responder_ready) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  responder.join();
}
