// SOURCE: public GitHub file RecipeConsumer.cpp (Kafka -> PostgreSQL consumer; search-index id 52247121677; the index does not name its repository)
// LIBRARY: poco
// SHAPE: positive - runLoop() polls Kafka and calls processMessage() per message; both save*ToDB() helpers open a new Poco::Data::Session for each message. The rd_kafka_t made once in the constructor is stored in a member (no warning).
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/JSON/Parser.h>
#include <librdkafka/rdkafka.h>

#include <atomic>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

class RecipeConsumer {
 public:
  RecipeConsumer(const std::string &brokers, const std::string &topicName, const std::string &dbConnStr);
  void start();
  void runLoop();

 private:
  void processMessage(const rd_kafka_message_t *msg);
  void saveRecipeToDB(const std::string &payload);
  void saveIngredientToDB(const std::string &payload);

  std::string topic;
  std::string connectionString;
  std::atomic<bool> running;
  rd_kafka_t *rk = nullptr;
  std::unique_ptr<std::thread> workerThread;
};

RecipeConsumer::RecipeConsumer(const std::string &brokers, const std::string &topicName, const std::string &dbConnStr)
    : topic(topicName), connectionString(dbConnStr), running(false) {
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  char errbuf[512];
  rd_kafka_conf_set(conf, "metadata.broker.list", brokers.c_str(), errbuf, sizeof(errbuf));
  rd_kafka_conf_set(conf, "group.id", "recipe_consumer_group", errbuf, sizeof(errbuf));
  rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errbuf, sizeof(errbuf));
  if (!rk) {
    std::cerr << "Failed to create Kafka consumer: " << errbuf << std::endl;
  }
}

void RecipeConsumer::start() {
  running = true;
  workerThread = std::make_unique<std::thread>(&RecipeConsumer::runLoop, this);
}

void RecipeConsumer::runLoop() {
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(topics, topic.c_str(), RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, topics);
  rd_kafka_topic_partition_list_destroy(topics);

  while (running) {
    rd_kafka_message_t *msg = rd_kafka_consumer_poll(rk, 1000);
    if (!msg)
      continue;
    if (msg->err) {
      std::cerr << "Kafka error: " << rd_kafka_err2str(msg->err) << std::endl;
      rd_kafka_message_destroy(msg);
      continue;
    }
    processMessage(msg);
    rd_kafka_message_destroy(msg);
  }
  rd_kafka_consumer_close(rk);
}

void RecipeConsumer::processMessage(const rd_kafka_message_t *msg) {
  try {
    std::string payload(reinterpret_cast<const char *>(msg->payload), msg->len);
    Poco::JSON::Parser parser;
    auto json = parser.parse(payload).extract<Poco::JSON::Object::Ptr>();
    std::string eventType = json->getValue<std::string>("event_type");
    if (eventType == "RECIPE_CREATED")
      saveRecipeToDB(payload);
    else if (eventType == "INGREDIENT_ADDED")
      saveIngredientToDB(payload);
  } catch (const std::exception &e) {
    std::cerr << "Error processing message: " << e.what() << std::endl;
  }
}

void RecipeConsumer::saveRecipeToDB(const std::string &payload) {
  Poco::JSON::Parser parser;
  auto json = parser.parse(payload).extract<Poco::JSON::Object::Ptr>();

  Poco::Data::Session session("PostgreSQL", connectionString); // EXPECT-WARN

  std::string id = json->getValue<std::string>("recipe_id");
  std::string title = json->getValue<std::string>("title");
  try {
    Poco::Data::Statement insert(session);
    insert << "INSERT INTO recipes (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
        Poco::Data::Keywords::use(id), Poco::Data::Keywords::use(title);
    insert.execute();
  } catch (const std::exception &e) {
    std::cerr << "Failed to save recipe: " << e.what() << std::endl;
  }
}

void RecipeConsumer::saveIngredientToDB(const std::string &payload) {
  Poco::JSON::Parser parser;
  auto json = parser.parse(payload).extract<Poco::JSON::Object::Ptr>();

  Poco::Data::Session session("PostgreSQL", connectionString); // EXPECT-WARN

  std::string id = json->getValue<std::string>("ingredient_id");
  std::string name = json->getValue<std::string>("name");
  try {
    Poco::Data::Statement insert(session);
    insert << "INSERT INTO ingredients (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
        Poco::Data::Keywords::use(id), Poco::Data::Keywords::use(name);
    insert.execute();
  } catch (const std::exception &e) {
    std::cerr << "Failed to save ingredient: " << e.what() << std::endl;
  }
}
