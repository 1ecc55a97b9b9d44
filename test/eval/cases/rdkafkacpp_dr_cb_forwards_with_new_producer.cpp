// SOURCE: https://github.com/confluentinc/confluent-kafka-dotnet/issues/1399 ("using new ProducerBuilder inside of an active event handler that is receiving messages"; maintainer: "creating a producer is very expensive"), rendered with the librdkafka C++ API and its ConsumeCb
// LIBRARY: rdkafkacpp
// SHAPE: positive - consume callback (runs once per consumed message) builds a producer to forward each message
#include <librdkafka/rdkafkacpp.h>
#include <memory>
#include <string>

class ForwardingConsumeCb : public RdKafka::ConsumeCb {
public:
  explicit ForwardingConsumeCb(std::string brokers) : brokers_(std::move(brokers)) {}
  void consume_cb(RdKafka::Message &msg, void *opaque) override {
    (void)opaque;
    if (msg.err())
      return;
    std::string errstr;
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    conf->set("bootstrap.servers", brokers_, errstr);
    std::unique_ptr<RdKafka::Producer> producer(RdKafka::Producer::create(conf.get(), errstr)); // EXPECT-WARN
    producer->produce("forwarded", RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                      msg.payload(), msg.len(), nullptr, 0, 0, nullptr, nullptr);
    producer->flush(1000);
  }

private:
  std::string brokers_;
};
