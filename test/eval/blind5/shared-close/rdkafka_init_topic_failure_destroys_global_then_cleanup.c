// SOURCE: public GitHub files (search-index ids 24406938958 and 6380079397; the index does not name their repositories): kafka init creates the global producer g_rk, and when rd_kafka_topic_new fails calls rd_kafka_destroy(g_rk) and returns -1 without clearing it; the plugin's cleanup (search-index id 6073983250) destroys g_rk again whenever it is not NULL
// LIBRARY: rdkafka
// SHAPE: positive - a global producer destroyed on a recoverable init error and left set; the plugin keeps running and its cleanup destroys the same handle a second time
#include <librdkafka/rdkafka.h>
#include <stdio.h>

static rd_kafka_t *g_rk = NULL;
static rd_kafka_topic_t *g_rkt = NULL;

int init_kafka(const char *brokers, const char *topic) {
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
  if (g_rkt == NULL) {
    fprintf(stderr, "%% Failed to create topic object: %s\n",
            rd_kafka_err2str(rd_kafka_last_error()));
    rd_kafka_destroy(g_rk); // EXPECT-WARN
    return -1;
  }
  return 0;
}

void kafka_cleanup(void) {
  if (g_rk != NULL) {
    rd_kafka_flush(g_rk, 1000);
    if (g_rkt)
      rd_kafka_topic_destroy(g_rkt);
    rd_kafka_destroy(g_rk);
    g_rk = NULL;
    g_rkt = NULL;
  }
}
