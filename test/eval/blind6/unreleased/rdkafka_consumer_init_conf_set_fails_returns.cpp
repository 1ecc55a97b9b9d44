// SOURCE: public GitHub file (kafka_consumer::Init of a log-pipeline consumer; search-index id 10953135948; the index does not name its repository)
// LIBRARY: librdkafka
// SHAPE: positive - the conf from rd_kafka_conf_new is only handed to rd_kafka_new on the success path; when rd_kafka_conf_set fails the function returns an error code without rd_kafka_conf_destroy
#include <librdkafka/rdkafka.h>
#include <cstdio>

enum { CONSUMER_INIT_SUCCESS = 0, CONSUMER_INIT_FAILED = -1 };

class kafka_consumer {
public:
  int Init(const char *brokers, const char *topic, int partition);

private:
  rd_kafka_t *rk_ = nullptr;
  rd_kafka_topic_t *rkt_ = nullptr;
};

int kafka_consumer::Init(const char *brokers, const char *topic, int partition) {
  char err_str[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new(); // EXPECT-WARN
  if (RD_KAFKA_CONF_OK != rd_kafka_conf_set(conf, "enable.auto.commit", "true", err_str, sizeof(err_str)))
    return CONSUMER_INIT_FAILED;
  if (RD_KAFKA_CONF_OK != rd_kafka_conf_set(conf, "auto.commit.interval.ms", "200", NULL, 0))
    return CONSUMER_INIT_FAILED;
  rk_ = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err_str, sizeof(err_str));
  if (NULL == rk_) {
    std::fprintf(stderr, "rk_ error %s\n", err_str);
    return CONSUMER_INIT_FAILED;
  }
  if (0 == rd_kafka_brokers_add(rk_, brokers))
    return CONSUMER_INIT_FAILED;
  rd_kafka_topic_conf_t *topic_conf = rd_kafka_topic_conf_new();
  rkt_ = rd_kafka_topic_new(rk_, topic, topic_conf);
  if (NULL == rkt_) {
    rd_kafka_destroy(rk_);
    return CONSUMER_INIT_FAILED;
  }
  if (rd_kafka_consume_start(rkt_, partition, RD_KAFKA_OFFSET_END) == -1) {
    rd_kafka_destroy(rk_);
    rd_kafka_topic_destroy(rkt_);
    return CONSUMER_INIT_FAILED;
  }
  return CONSUMER_INIT_SUCCESS;
}
