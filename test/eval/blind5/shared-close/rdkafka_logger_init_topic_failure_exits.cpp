// SOURCE: public GitHub file (search-index id 10101375126; the index does not name its repository): a log shipper's producer setup destroys the global g_rk when the topic object cannot be created and calls exit(0)
// LIBRARY: rdkafka
// SHAPE: negative - the global is destroyed right before exit(): nobody is left to use it
#include <librdkafka/rdkafka.h>
#include <cstdio>
#include <cstdlib>
#include <string>

static rd_kafka_t *g_rk = nullptr;
static rd_kafka_topic_t *g_rkt = nullptr;
static rd_kafka_conf_t *g_rkconf = nullptr;

void initKafka(const std::string &topicStr) {
  char errstr[512];
  g_rkconf = rd_kafka_conf_new();
  g_rk = rd_kafka_new(RD_KAFKA_PRODUCER, g_rkconf, errstr, sizeof(errstr));
  if (!g_rk) {
    std::fprintf(stderr, "%% Failed to create new producer: %s\n", errstr);
    std::exit(0);
  }
  g_rkt = rd_kafka_topic_new(g_rk, topicStr.c_str(), nullptr);
  if (!g_rkt) {
    std::fprintf(stderr, "%% Failed to create topic object: %s\n",
                 rd_kafka_err2str(rd_kafka_last_error()));
    rd_kafka_destroy(g_rk);
    std::exit(0);
  }
  rd_kafka_poll(g_rk, 0);
}
