// rd_kafka_new takes the configuration only when it succeeds
// (only_on_success in the model): when it returns NULL the conf is still
// the caller's, and returning without rd_kafka_conf_destroy leaks it.
// rd_kafka_conf_new never returns NULL (on_failure: never in the model), so
// the release is offered without a NULL test on the way.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp

#include <librdkafka/rdkafka.h>

// The failure path forgets the conf.
rd_kafka_t *makeProducer(const char *Brokers) {
  char Error[512];
  rd_kafka_conf_t *Conf = rd_kafka_conf_new();
  // CHECK: :[[@LINE-1]]:27: warning: 'rd_kafka_conf_new' acquires a 'rd_kafka_conf_t' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+11]]:5: note: it leaks when 'makeProducer' returns here
  // CHECK: :[[@LINE-3]]:27: note: release it with 'rd_kafka_conf_destroy' before that return
  if (rd_kafka_conf_set(Conf, "bootstrap.servers", Brokers, Error,
                        sizeof Error) != RD_KAFKA_CONF_OK) {
    rd_kafka_conf_destroy(Conf);
    return nullptr;
  }
  rd_kafka_t *Producer =
      rd_kafka_new(RD_KAFKA_PRODUCER, Conf, Error, sizeof Error);
  if (Producer == nullptr)
    // rd_kafka_new failed: Conf was not taken.
    return nullptr;
  return Producer;
}

// FIXED: {{^}}    { rd_kafka_conf_destroy(Conf); return nullptr; }{{$}}
