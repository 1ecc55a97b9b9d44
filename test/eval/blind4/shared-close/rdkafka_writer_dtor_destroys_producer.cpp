// SOURCE: bersler/OpenLogReplicator src/writer/WriterKafka.cpp (search-index id 43419628750; WriterKafka::~WriterKafka, initialize, sendMessage)
// LIBRARY: rdkafka
// SHAPE: negative - the Kafka writer owns its producer, topic and configuration; its destructor destroys them once, after the replication threads that use the writer have stopped
#include <iostream>
#include <librdkafka/rdkafka.h>
#include <stdexcept>
#include <string>

class WriterKafka {
public:
  WriterKafka(std::string brokers, std::string topic)
      : brokers(std::move(brokers)), topic(std::move(topic)) {}
  ~WriterKafka();
  void initialize();
  void sendMessage(const std::string &msg);

private:
  std::string brokers;
  std::string topic;
  char errstr[512] = {0};
  rd_kafka_t *rk = nullptr;
  rd_kafka_topic_t *rkt = nullptr;
  rd_kafka_conf_t *conf = nullptr;
};

WriterKafka::~WriterKafka() {
  if (conf != nullptr)
    rd_kafka_conf_destroy(conf);

  if (rkt != nullptr)
    rd_kafka_topic_destroy(rkt);

  rd_kafka_resp_err_t err = rd_kafka_fatal_error(rk, nullptr, 0);
  if (rk != nullptr)
    rd_kafka_destroy(rk);

  std::cerr << "Kafka producer exit code: " << err << std::endl;
}

void WriterKafka::initialize() {
  conf = rd_kafka_conf_new();
  if (conf == nullptr)
    throw std::runtime_error("Kafka failed to create configuration");
  if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers.c_str(), errstr,
                        sizeof(errstr)) != RD_KAFKA_CONF_OK)
    throw std::runtime_error(errstr);
  rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (rk == nullptr)
    throw std::runtime_error(errstr);
  conf = nullptr; // rd_kafka_new took it
  rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
}

void WriterKafka::sendMessage(const std::string &msg) {
  rd_kafka_produce(rkt, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY,
                   const_cast<char *>(msg.data()), msg.size(), nullptr, 0,
                   nullptr);
  rd_kafka_poll(rk, 0);
}
