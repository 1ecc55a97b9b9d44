// SOURCE: public GitHub file (Lua binding registering on_delivery/on_stats/on_error/on_log with rd_kafka_conf_set_*_cb; search-index id 32401050303; the index does not name its repository)
// LIBRARY: librdkafka
// SHAPE: positive - rendered: the throttle callback gives up on a producer that the broker keeps throttling and destroys the global handle right there, inside rd_kafka_poll() that is still using it
#include <librdkafka/rdkafka.h>
#include <stdio.h>

static rd_kafka_t *g_producer = NULL;
static int g_throttled;

static void on_throttle(rd_kafka_t *rk, const char *broker_name, int32_t broker_id,
                        int throttle_time_ms, void *opaque) {
  (void)rk;
  (void)opaque;
  fprintf(stderr, "throttled by %s (%d): %d ms\n", broker_name, (int)broker_id, throttle_time_ms);
  if (throttle_time_ms > 0 && ++g_throttled > 100) {
    rd_kafka_destroy(g_producer); // EXPECT-WARN
    g_producer = NULL;
  }
}

int producer_start(const char *brokers) {
  char err[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, err, sizeof err) != RD_KAFKA_CONF_OK) {
    rd_kafka_conf_destroy(conf);
    return -1;
  }
  rd_kafka_conf_set_throttle_cb(conf, on_throttle);
  g_producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  return g_producer ? 0 : -1;
}

void producer_tick(void) {
  if (g_producer)
    rd_kafka_poll(g_producer, 100);
}
