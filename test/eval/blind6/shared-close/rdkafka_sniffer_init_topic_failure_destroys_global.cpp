// SOURCE: public GitHub file (sniffer_log.cpp, sniffer_kafka_init; search-index id 16031982103; the index does not name its repository)
// LIBRARY: rdkafka
// SHAPE: positive - when the topic cannot be created the init destroys the global producer and returns an error code, leaving the global pointing at the destroyed handle; the logging path polls it on every record
#include <librdkafka/rdkafka.h>

#include <cstdio>
#include <cstring>
#include <string>

static rd_kafka_t *g_rd_kafka = nullptr;
static rd_kafka_topic_t *g_rd_kafka_topic = nullptr;

int sniffer_kafka_init(const char *brokers) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  g_rd_kafka = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!g_rd_kafka) {
    std::fprintf(stderr, "rd_kafka_new() error %s\n", errstr);
    return 1;
  }
  rd_kafka_brokers_add(g_rd_kafka, brokers);

  g_rd_kafka_topic = rd_kafka_topic_new(g_rd_kafka, "sqllog", NULL);
  if (!g_rd_kafka_topic) {
    std::fprintf(stderr, "rd_kafka_topic_new() error %s\n",
                 rd_kafka_err2str(rd_kafka_last_error()));
    rd_kafka_destroy(g_rd_kafka); // EXPECT-WARN
    return 1;
  }
  return 0;
}

void sniffer_kafka_body(const std::string &json) {
  rd_kafka_produce(g_rd_kafka_topic, RD_KAFKA_PARTITION_UA,
                   RD_KAFKA_MSG_F_COPY, const_cast<char *>(json.data()),
                   json.size(), NULL, 0, NULL);
  rd_kafka_poll(g_rd_kafka, 0);
}
