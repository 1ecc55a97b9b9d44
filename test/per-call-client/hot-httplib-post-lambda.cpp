// A lambda registered with httplib::Server::Post runs once per request: a
// Kafka producer made in it is made for every request.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <httplib.h>
#include <librdkafka/rdkafka.h>

// Every posted event starts its own Kafka producer.
void installEventIntakeWithProducerPerRequest(httplib::Server &Server) {
  Server.Post("/events", [](const httplib::Request &Req, httplib::Response &) {
    rd_kafka_t *Producer =
        rd_kafka_new(RD_KAFKA_PRODUCER, nullptr, nullptr, 0);
    // CHECK: :[[@LINE-1]]:9: warning: 'rd_kafka_new' creates a new 'rd_kafka_t' on every call to the lambda; each one starts a new Kafka client with its own broker connections and background threads [resource-per-call-client]
    // CHECK: :[[@LINE-4]]:3: note: the lambda is registered with 'httplib::Server::Post' here as an HTTP request handler
    rd_kafka_flush(Producer, 1000);
    rd_kafka_destroy(Producer);
  });
}
