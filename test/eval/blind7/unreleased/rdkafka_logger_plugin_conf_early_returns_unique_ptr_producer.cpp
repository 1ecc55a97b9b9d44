// SOURCE: public GitHub file (osquery Kafka logger plugin KafkaProducerPlugin::init; search-index id 6760147606; the index does not name its repository)
// LIBRARY: librdkafka
// SHAPE: positive (hard) - rd_kafka_conf_new into a local, then failed setConf calls return early without rd_kafka_conf_destroy; the producer itself is held correctly in a std::unique_ptr with a deleter and swapped into a member, and the rd_kafka_new failure path destroys the conf. Only the conf leaks, on the early returns (rendered: the helper setConf and the deleters are reduced to their shape)
#include <cstdio>
#include <functional>
#include <librdkafka/rdkafka.h>
#include <memory>
#include <string>

static void delKafkaHandle(rd_kafka_t *k) {
  if (k != nullptr) {
    rd_kafka_flush(k, 3000);
    rd_kafka_destroy(k);
  }
}

static void delKafkaConf(rd_kafka_conf_t *conf) {
  if (conf != nullptr)
    rd_kafka_conf_destroy(conf);
}

static bool setConf(rd_kafka_conf_t *conf, const std::string &key,
                    const std::string &value, char *errstr, size_t errlen) {
  if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, errlen) !=
      RD_KAFKA_CONF_OK) {
    std::fprintf(stderr, "Could not set Kafka configuration key %s: %s\n",
                 key.c_str(), errstr);
    return false;
  }
  return true;
}

static void onMsgDelivery(rd_kafka_t *, const rd_kafka_message_t *, void *) {}

class KafkaProducerPlugin {
public:
  void init(const std::string &hostname, const std::string &brokers,
            const std::string &client_cert);

private:
  std::unique_ptr<rd_kafka_t, std::function<void(rd_kafka_t *)>> producer_;
};

void KafkaProducerPlugin::init(const std::string &hostname,
                               const std::string &brokers,
                               const std::string &client_cert) {
  char errstr[512] = {0};
  rd_kafka_conf_t *conf = rd_kafka_conf_new(); // EXPECT-WARN

  if (!client_cert.empty()) {
    if (!setConf(conf, "ssl.certificate.location", client_cert, errstr,
                 sizeof(errstr))) {
      return;
    }
  }

  if (!setConf(conf, "client.id", hostname, errstr, sizeof(errstr)) ||
      !setConf(conf, "bootstrap.servers", brokers, errstr, sizeof(errstr))) {
    return;
  }

  rd_kafka_conf_set_dr_msg_cb(conf, onMsgDelivery);

  std::unique_ptr<rd_kafka_t, std::function<void(rd_kafka_t *)>> rk(
      rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr)),
      delKafkaHandle);
  producer_.swap(rk);
  if (producer_.get() == nullptr) {
    std::fprintf(stderr, "Could not initiate Kafka producer handle: %s\n",
                 errstr);
    delKafkaConf(conf);
    return;
  }
}
