// SOURCE: public GitHub file (GMSEC KafkaConnection constructor; search-index id 36152316892; the index does not name its repository)
// LIBRARY: rdkafkacpp
// SHAPE: positive - the constructor creates two Conf objects, a Producer and a Topic in locals and never deletes any of them (the exit(1) paths are noreturn)
#include <librdkafka/rdkafkacpp.h>

#include <cstdlib>
#include <iostream>
#include <string>

class ExampleDeliveryReportCb : public RdKafka::DeliveryReportCb {
 public:
  void dr_cb(RdKafka::Message &message) override {}
};

class KafkaConnection {
 public:
  KafkaConnection();
  ~KafkaConnection();
};

KafkaConnection::KafkaConnection() {
  std::string brokers = "localhost";
  std::string errstr;
  std::string topic_str;

  RdKafka::Conf *conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL); // EXPECT-WARN
  RdKafka::Conf *tconf = RdKafka::Conf::create(RdKafka::Conf::CONF_TOPIC); // EXPECT-WARN

  ExampleDeliveryReportCb ex_dr_cb;

  conf->set("metadata.broker.list", brokers, errstr);
  conf->set("dr_cb", &ex_dr_cb, errstr);

  /*
   * Create producer using accumulated global configuration.
   */
  RdKafka::Producer *producer = RdKafka::Producer::create(conf, errstr); // EXPECT-WARN
  if (!producer) {
    std::cerr << "Failed to create producer: " << errstr << std::endl;
    exit(1);
  }

  std::cout << "% Created producer " << producer->name() << std::endl;

  /*
   * Create topic handle.
   */
  RdKafka::Topic *topic = RdKafka::Topic::create(producer, topic_str, tconf, errstr); // EXPECT-WARN
  if (!topic) {
    std::cerr << "Failed to create topic: " << errstr << std::endl;
    exit(1);
  }
}

KafkaConnection::~KafkaConnection() {}
