// When the shared fix applies to a C handle, the per-call release is removed
// with it: the process-wide handle must not be destroyed by any call.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>

// rd_kafka_destroy at the end of the handler is removed.
static void kafkaProducer(const httplib::Request &, httplib::Response &) {
  rd_kafka_t *Producer =
      rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), nullptr, 0);
  // CHECK: :[[@LINE-1]]:7: warning: 'rd_kafka_new' creates a new 'rd_kafka_t' on every call to 'kafkaProducer'; each one starts a new Kafka client with its own broker connections and background threads [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'kafkaProducer' is registered with 'httplib::Server::Get' here as an HTTP request handler
  rd_kafka_flush(Producer, 1000);
  rd_kafka_destroy(Producer);
}
static void registerKafkaProducer(httplib::Server &S) {
  S.Get("/a", kafkaProducer);
}

// grpc_channel_destroy at the end of the handler is removed.
static void coreChannel(const httplib::Request &, httplib::Response &) {
  grpc_channel *Channel =
      grpc_channel_create("a:1", grpc_insecure_credentials_create(), nullptr);
  // CHECK: :[[@LINE-1]]:7: warning: 'grpc_channel_create' creates a new 'grpc_channel' on every call to 'coreChannel'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'coreChannel' is registered with 'httplib::Server::Get' here as an HTTP request handler
  grpc_channel_check_connectivity_state(Channel, 1);
  grpc_channel_destroy(Channel);
}
static void registerCoreChannel(httplib::Server &S) {
  S.Get("/b", coreChannel);
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}static rd_kafka_t *sharedRdKafka() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static rd_kafka_t *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), nullptr, 0);{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void kafkaProducer(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  rd_kafka_t *Producer ={{$}}
// FIXED-NEXT: {{^}}      sharedRdKafka();{{$}}
// FIXED: {{^}}  rd_kafka_flush(Producer, 1000);{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static grpc_channel *sharedGrpcChannel() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static grpc_channel *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = grpc_channel_create("a:1", grpc_insecure_credentials_create(), nullptr);{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void coreChannel(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  grpc_channel *Channel ={{$}}
// FIXED-NEXT: {{^}}      sharedGrpcChannel();{{$}}
// FIXED: {{^}}  grpc_channel_check_connectivity_state(Channel, 1);{{$}}
// FIXED-NEXT: {{^}}}{{$}}
