// SOURCE: https://github.com/confluentinc/librdkafka/blob/master/examples/producer.cpp (producer created once in main, produce() per stdin line)
// LIBRARY: rdkafkacpp
// SHAPE: negative - client created once in main before the loop; the loop only produces and polls
#include <librdkafka/rdkafkacpp.h>
#include <iostream>
#include <string>

class ExampleDeliveryReportCb : public RdKafka::DeliveryReportCb {
public:
  void dr_cb(RdKafka::Message &message) override {
    if (message.err())
      std::cerr << "% Message delivery failed: " << message.errstr() << std::endl;
  }
};

int main(int argc, char **argv) {
  if (argc != 3)
    return 1;
  std::string brokers = argv[1];
  std::string topic = argv[2];
  RdKafka::Conf *conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  std::string errstr;
  if (conf->set("bootstrap.servers", brokers, errstr) != RdKafka::Conf::CONF_OK)
    return 1;
  ExampleDeliveryReportCb ex_dr_cb;
  if (conf->set("dr_cb", &ex_dr_cb, errstr) != RdKafka::Conf::CONF_OK)
    return 1;
  RdKafka::Producer *producer = RdKafka::Producer::create(conf, errstr);
  if (!producer)
    return 1;
  delete conf;
  for (std::string line; std::getline(std::cin, line);) {
    if (line.empty()) {
      producer->poll(0);
      continue;
    }
  retry:
    RdKafka::ErrorCode err = producer->produce(topic, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                                               const_cast<char *>(line.c_str()), line.size(), nullptr, 0, 0,
                                               nullptr, nullptr);
    if (err == RdKafka::ERR__QUEUE_FULL) {
      producer->poll(1000);
      goto retry;
    }
    producer->poll(0);
  }
  producer->flush(10 * 1000);
  delete producer;
  return 0;
}
