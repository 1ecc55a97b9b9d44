// SOURCE: public GitHub file (search-index id 54883216567; the index does not name its repository): kafka_producer_cleanup() stops and joins the poller thread "so it cannot poll a destroyed handle", flushes, destroys the global producer and sets it to nullptr
// LIBRARY: rdkafka
// SHAPE: negative - a once-only cleanup guarded by an atomic flag; the poller is joined before the destroy and the global is reset
#include <librdkafka/rdkafka.h>
#include <atomic>
#include <thread>

static rd_kafka_t *g_rk = nullptr;
static std::atomic<bool> g_ready{false};
static std::atomic<bool> g_poll_run{false};
static std::thread g_poll_thread;

static void pollLoop() {
  while (g_poll_run.load())
    rd_kafka_poll(g_rk, 100);
}

int kafka_producer_init(rd_kafka_conf_t *conf) {
  char errstr[256];
  g_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!g_rk)
    return -1;
  g_poll_run.store(true);
  g_poll_thread = std::thread(pollLoop);
  g_ready.store(true);
  return 0;
}

void kafka_producer_cleanup(void) {
  if (!g_ready.exchange(false))
    return;
  g_poll_run.store(false);
  if (g_poll_thread.joinable())
    g_poll_thread.join();
  if (g_rk) {
    rd_kafka_flush(g_rk, 2000);
    rd_kafka_destroy(g_rk);
    g_rk = nullptr;
  }
}
