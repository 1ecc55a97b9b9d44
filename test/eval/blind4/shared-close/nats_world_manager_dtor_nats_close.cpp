// SOURCE: public GitHub file world/nats_manager.cpp of an EQEmu fork (search-index id 27553529909; NatsManager::~NatsManager, Process; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - the world server's one NatsManager destroys its connection, options and statistics and calls nats_Close in its destructor; the object lives as long as the server, so the destructor is the process's NATS shutdown
#include <nats/nats.h>

class NatsManager {
public:
  NatsManager();
  ~NatsManager();
  void Process();

private:
  natsConnection *conn = nullptr;
  natsStatistics *stats = nullptr;
  natsOptions *opts = nullptr;
  natsSubscription *testSub = nullptr;
  natsStatus s = NATS_OK;
};

NatsManager::NatsManager() {
  s = natsOptions_Create(&opts);
  if (s == NATS_OK)
    s = natsConnection_Connect(&conn, opts);
  if (s == NATS_OK)
    s = natsConnection_SubscribeSync(&testSub, conn, "world.>");
  if (s == NATS_OK)
    s = natsStatistics_Create(&stats);
}

NatsManager::~NatsManager() {
  // Destroy all our objects to avoid report of memory leak
  natsSubscription_Destroy(testSub);
  natsStatistics_Destroy(stats);
  natsConnection_Destroy(conn);
  natsOptions_Destroy(opts);

  // To silence reports of memory still in used with valgrind
  nats_Close();
}

// Called from the world server's main loop.
void NatsManager::Process() {
  natsMsg *msg = nullptr;
  for (int count = 0; (s == NATS_OK) && count < 100; count++) {
    s = natsSubscription_NextMsg(&msg, testSub, 1);
    if (s != NATS_OK)
      break;
    natsMsg_Destroy(msg);
  }
}

NatsManager nats;
