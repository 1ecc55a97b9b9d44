// SOURCE: github.com/confluentinc/librdkafka/issues/215 (10 threads; "sending every message will call ... RdKafka::Producer::create() ... then producer->produce() and producer->outq_len()"; edenhill: "Producer, Consumer and Topic handles should be long lived"); thread bodies rendered, Topic::create elided (the message is produced by topic name)
// LIBRARY: rdkafkacpp
// SHAPE: positive - Producer::create inside a send helper called from the loop of each of ten std::thread workers; deleted after outq drains
#include <librdkafka/rdkafkacpp.h>
#include <string>
#include <thread>
#include <vector>

static std::string brokers = "localhost:9092";

static bool send_one(const std::string &topic, const std::string &payload) {
  std::string errstr;
  RdKafka::Conf *conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  conf->set("metadata.broker.list", brokers, errstr);
  RdKafka::Producer *producer = RdKafka::Producer::create(conf, errstr); // EXPECT-WARN
  delete conf;
  if (!producer) return false;
  producer->produce(topic, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                    const_cast<char *>(payload.c_str()), payload.size(), nullptr, 0, 0, nullptr);
  while (producer->outq_len() > 0) producer->poll(100);
  delete producer;
  return true;
}

static void worker(int id) {
  for (int n = 0; n < 100000; ++n)
    send_one("demo", "thread " + std::to_string(id) + " message " + std::to_string(n));
}

int main() {
  std::vector<std::thread> threads;
  for (int i = 0; i < 10; ++i) threads.emplace_back(worker, i);
  for (auto &t : threads) t.join();
}
