// SOURCE: https://github.com/confluentinc/librdkafka/issues/215 ("sending every message will call both RdKafka::Producer::create() and RdKafka::Topic::create()" from 10 threads; maintainer: handles "should be long lived")
// LIBRARY: rdkafkacpp
// SHAPE: positive - std::thread workers loop over messages; a producer is created and deleted for every message
#include <librdkafka/rdkafkacpp.h>
#include <memory>
#include <string>
#include <thread>
#include <vector>

static void send_one(const std::string &brokers, const std::string &topic_name, const std::string &payload) {
  std::string errstr;
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  std::unique_ptr<RdKafka::Conf> tconf(RdKafka::Conf::create(RdKafka::Conf::CONF_TOPIC));
  conf->set("metadata.broker.list", brokers, errstr);
  RdKafka::Producer *producer = RdKafka::Producer::create(conf.get(), errstr); // EXPECT-WARN
  if (!producer)
    return;
  RdKafka::Topic *topic = RdKafka::Topic::create(producer, topic_name, tconf.get(), errstr);
  producer->produce(topic, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                    const_cast<char *>(payload.c_str()), payload.size(), nullptr, nullptr);
  while (producer->outq_len() > 0)
    producer->poll(100);
  delete topic;
  delete producer;
}

int main() {
  std::vector<std::thread> workers;
  for (int t = 0; t < 10; ++t)
    workers.emplace_back([t] {
      for (int i = 0; i < 100000; ++i)
        send_one("localhost:9092", "demo", "message " + std::to_string(t) + ":" + std::to_string(i));
    });
  for (auto &w : workers)
    w.join();
}
