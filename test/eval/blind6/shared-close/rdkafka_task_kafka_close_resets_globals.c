// SOURCE: public GitHub file (task runner kafka_close/kafka_init; search-index id 54893874974; the index does not name its repository)
// LIBRARY: rdkafka
// SHAPE: negative - kafka_close flushes and destroys the global producer and topic and resets both, so the next task's kafka_init starts from null
#include <librdkafka/rdkafka.h>

#include <stddef.h>

static rd_kafka_t *g_rk = NULL;
static rd_kafka_topic_t *g_rkt = NULL;
static int g_kafka_initialized = 0;

void kafka_close(void) {
  if (g_rkt) {
    rd_kafka_topic_destroy(g_rkt);
    g_rkt = NULL;
  }
  if (g_rk) {
    rd_kafka_flush(g_rk, 5000);
    rd_kafka_destroy(g_rk);
    g_rk = NULL;
  }
  g_kafka_initialized = 0;
}

int kafka_init(const char *brokers, const char *topic) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr,
                        sizeof(errstr)) != RD_KAFKA_CONF_OK) {
    rd_kafka_conf_destroy(conf);
    return -1;
  }
  g_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!g_rk)
    return -1;
  g_rkt = rd_kafka_topic_new(g_rk, topic, NULL);
  if (!g_rkt) {
    kafka_close();
    return -1;
  }
  g_kafka_initialized = 1;
  return 0;
}
