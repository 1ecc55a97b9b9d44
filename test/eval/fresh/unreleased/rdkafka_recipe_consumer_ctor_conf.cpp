// SOURCE: public GitHub file RecipeConsumer.cpp (search-index id 52247121677; the index does not name its repository)
// LIBRARY: rdkafka
// SHAPE: positive - the constructor only logs when rd_kafka_new fails; the conf from rd_kafka_conf_new is then still the caller's and is never destroyed
#include <librdkafka/rdkafka.h>

#include <iostream>
#include <string>

class RecipeConsumer {
 public:
  RecipeConsumer(const std::string &brokers, const std::string &topicName);

 private:
  std::string topic;
  rd_kafka_t *rk = nullptr;
  rd_kafka_topic_t *rt = nullptr;
};

RecipeConsumer::RecipeConsumer(const std::string &brokers, const std::string &topicName) : topic(topicName) {
  rd_kafka_conf_t *conf = rd_kafka_conf_new(); // EXPECT-WARN

  char errbuf[512];
  if (rd_kafka_conf_set(conf, "metadata.broker.list", brokers.c_str(), errbuf, sizeof(errbuf)) != RD_KAFKA_CONF_OK) {
    std::cerr << "Kafka config error: " << errbuf << std::endl;
  }
  rd_kafka_conf_set(conf, "group.id", "recipe_consumer_group", errbuf, sizeof(errbuf));

  rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errbuf, sizeof(errbuf));
  if (!rk) {
    std::cerr << "Failed to create Kafka consumer: " << errbuf << std::endl;
  }

  rt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
}
