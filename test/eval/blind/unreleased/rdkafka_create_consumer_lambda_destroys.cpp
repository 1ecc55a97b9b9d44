// SOURCE: public GitHub file (kfkpb demo create_consumer: a set_conf lambda destroys the conf and throws when rd_kafka_conf_set fails; rd_kafka_new failure destroys it too; search-index id 66535816034; the index does not name its repository)
// LIBRARY: rdkafka
// SHAPE: negative - the conf is released inside an in-place lambda before each throw, released when rd_kafka_new fails, and owned by the handle after it succeeds
#include <librdkafka/rdkafka.h>

#include <stdexcept>
#include <string>

struct KafkaSettings {
  std::string bootstrap_servers{"localhost:9092"};
  std::string group_id{"demo"};
};

rd_kafka_t *create_consumer(const KafkaSettings &settings) {
  char errstr[512]{0};
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  auto set_conf = [&](const char *key, const std::string &value) {
    if (rd_kafka_conf_set(conf, key, value.c_str(), errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
      std::string msg = std::string("rd_kafka_conf_set failed for ") + key + ": " + errstr;
      rd_kafka_conf_destroy(conf);
      throw std::runtime_error(msg);
    }
  };
  set_conf("bootstrap.servers", settings.bootstrap_servers);
  set_conf("group.id", settings.group_id);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof(errstr));
  if (!rk) {
    rd_kafka_conf_destroy(conf);
    throw std::runtime_error(std::string("rd_kafka_new consumer failed: ") + errstr);
  }
  rd_kafka_poll_set_consumer(rk);
  return rk;
}
