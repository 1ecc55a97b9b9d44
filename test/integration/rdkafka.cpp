// librdkafka's C API against Debian's headers and librdkafka: a producer
// made for every message, a configuration lost when rd_kafka_new fails
// (it only takes the configuration on success), and silent shapes. The
// fixed file compiles, links against librdkafka and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{rdkafka} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{rdkafka} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{rdkafka} %t.cpp -o %t.exe %libs{rdkafka}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{rdkafka} \
// RUN:   | %diags | count 0

#include <librdkafka/rdkafka.h>

#include <cstdio>
#include <string>
#include <vector>

// Per message: every message starts a new client with its own threads.
void sendAll(const std::vector<std::string> &Messages) {
  for (const std::string &Message : Messages) {
    rd_kafka_t *Producer =
        rd_kafka_new(RD_KAFKA_PRODUCER, nullptr, nullptr, 0);
        // CHECK: :[[@LINE-1]]:9: warning: 'rd_kafka_new' creates a new 'rd_kafka_t' on every iteration of this loop; each one starts a new Kafka client with its own broker connections and background threads [resource-per-call-client]
        // CHECK: :[[@LINE-4]]:3: note: the loop that repeats it starts here
    rd_kafka_producev(Producer, RD_KAFKA_V_TOPIC("events"),
                      RD_KAFKA_V_VALUE(const_cast<char *>(Message.data()),
                                       Message.size()),
                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    rd_kafka_flush(Producer, 1000);
    rd_kafka_destroy(Producer);
  }
}

// Missing release: rd_kafka_new keeps the configuration only on success.
rd_kafka_t *makeProducer(const char *Brokers) {
  char Error[512];
  rd_kafka_conf_t *Conf = rd_kafka_conf_new();
  // CHECK: :[[@LINE-1]]:27: warning: 'rd_kafka_conf_new' acquires a 'rd_kafka_conf_t' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+11]]:5: note: it leaks when 'makeProducer' returns here
  // CHECK: :[[@LINE-3]]:27: note: release it with 'rd_kafka_conf_destroy' before that return
  if (rd_kafka_conf_set(Conf, "bootstrap.servers", Brokers, Error,
                        sizeof(Error)) != RD_KAFKA_CONF_OK) {
    rd_kafka_conf_destroy(Conf);
    return nullptr;
  }
  rd_kafka_t *Producer =
      rd_kafka_new(RD_KAFKA_PRODUCER, Conf, Error, sizeof(Error));
  if (Producer == nullptr) {
    std::fprintf(stderr, "%s\n", Error);
    return nullptr;
  }
  return Producer;
}

// Negative: one producer for the whole batch.
void sendAllShared(rd_kafka_t *Producer,
                   const std::vector<std::string> &Messages) {
  for (const std::string &Message : Messages)
    rd_kafka_producev(Producer, RD_KAFKA_V_TOPIC("events"),
                      RD_KAFKA_V_VALUE(const_cast<char *>(Message.data()),
                                       Message.size()),
                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
}

int main(int Argc, char **) {
  if (Argc > 1) {
    sendAll({"a"});
    rd_kafka_t *Producer = makeProducer("127.0.0.1:9092");
    if (Producer != nullptr) {
      sendAllShared(Producer, {"b"});
      rd_kafka_destroy(Producer);
    }
  }
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}// One 'rd_kafka_t' for the whole process: it is thread-safe and reconnects by{{$}}
// FIXED-NEXT: {{^}}// itself, so every call shares it and none closes it.{{$}}
// FIXED-NEXT: {{^}}static rd_kafka_t *sharedRdKafka() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static rd_kafka_t *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = rd_kafka_new(RD_KAFKA_PRODUCER, nullptr, nullptr, 0);{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}        sharedRdKafka();{{$}}
// FIXED: {{^}}    rd_kafka_conf_destroy(Conf);{{$}}
