// A helper called from inside a loop runs once per iteration: a Kafka client
// made in it is made for every element.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <librdkafka/rdkafka.h>
#include <string>
#include <vector>

// The helper starts a producer for the one message it sends.
static void publishOne(const std::string &Message) {
  rd_kafka_t *Producer = rd_kafka_new(RD_KAFKA_PRODUCER, nullptr, nullptr, 0);
  // CHECK: :[[@LINE-1]]:26: warning: 'rd_kafka_new' creates a new 'rd_kafka_t' on every call to 'publishOne'; each one starts a new Kafka client with its own broker connections and background threads [resource-per-call-client]
  // CHECK: :[[@LINE+11]]:5: note: 'publishOne' is called in a loop in 'publishAll' here
  rd_kafka_producev(Producer, RD_KAFKA_V_TOPIC("events"),
                    RD_KAFKA_V_VALUE(const_cast<char *>(Message.data()),
                                     Message.size()),
                    RD_KAFKA_V_END);
  rd_kafka_flush(Producer, 1000);
  rd_kafka_destroy(Producer);
}

void publishAll(const std::vector<std::string> &Messages) {
  for (const std::string &Message : Messages)
    publishOne(Message);
}
