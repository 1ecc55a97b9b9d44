// rd_kafka_new takes the configuration when it succeeds. A conf destroyed
// on the failure path and a client that is kept (returned or stored) are
// not leaks.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <librdkafka/rdkafka.h>

// The producer is returned; the conf is destroyed only when rd_kafka_new
// failed.
rd_kafka_t *makeProducer(const char *Brokers) {
  char Error[512];
  rd_kafka_conf_t *Conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(Conf, "bootstrap.servers", Brokers, Error,
                        sizeof Error) != RD_KAFKA_CONF_OK) {
    rd_kafka_conf_destroy(Conf);
    return nullptr;
  }
  rd_kafka_t *Producer =
      rd_kafka_new(RD_KAFKA_PRODUCER, Conf, Error, sizeof Error);
  if (Producer == nullptr) {
    rd_kafka_conf_destroy(Conf);
    return nullptr;
  }
  return Producer;
}

class Publisher {
public:
  // The client goes straight into a member.
  bool start() {
    char Error[512];
    rd_kafka_conf_t *Conf = rd_kafka_conf_new();
    Kafka = rd_kafka_new(RD_KAFKA_PRODUCER, Conf, Error, sizeof Error);
    if (!Kafka) {
      rd_kafka_conf_destroy(Conf);
      return false;
    }
    return true;
  }

  ~Publisher() {
    if (Kafka)
      rd_kafka_destroy(Kafka);
  }

private:
  rd_kafka_t *Kafka = nullptr;
};

// Control: a conf never given to rd_kafka_new leaks.
void configureOnly(const char *Brokers) {
  char Error[512];
  rd_kafka_conf_t *Conf = rd_kafka_conf_new();
  // CHECK: :[[@LINE-1]]:27: warning: 'rd_kafka_conf_new' acquires a 'rd_kafka_conf_t' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+2]]:1: note: it leaks when 'configureOnly' ends here
  rd_kafka_conf_set(Conf, "bootstrap.servers", Brokers, Error, sizeof Error);
}
