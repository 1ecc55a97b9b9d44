// librdkafka's C++ API against Debian's headers and librdkafka++: a producer
// created in every delivery-report callback, a configuration not deleted
// when a setting is refused, and silent shapes. The fixed file compiles and
// links against librdkafka++; the per-report producer remains: its
// arguments read a member, so no shared accessor can be written for it.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{rdkafkacpp} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{rdkafkacpp} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{rdkafkacpp} %t.cpp -o %t.exe \
// RUN:   %libs{rdkafkacpp}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{rdkafkacpp} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <librdkafka/rdkafkacpp.h>

#include <iostream>
#include <memory>
#include <string>

// Builds the producer configuration; nullptr when a setting is refused.
RdKafka::Conf *producerConf(const std::string &Brokers) {
  std::string Error;
  RdKafka::Conf *Conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  // CHECK: :[[@LINE-1]]:25: warning: 'RdKafka::Conf::create' acquires a 'RdKafka::Conf' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'producerConf' returns here
  // CHECK: :[[@LINE-3]]:25: note: release it with 'delete' before that return
  if (Conf->set("bootstrap.servers", Brokers, Error) !=
      RdKafka::Conf::CONF_OK) {
    std::cerr << Error << "\n";
    return nullptr;
  }
  return Conf;
}

// Per delivery report: every report starts a new client to forward it.
class ForwardingReports : public RdKafka::DeliveryReportCb {
public:
  void dr_cb(RdKafka::Message &Message) override {
    std::string Error;
    std::unique_ptr<RdKafka::Producer> Audit(
        RdKafka::Producer::create(AuditConf.get(), Error));
        // CHECK: :[[@LINE-1]]:9: warning: 'RdKafka::Producer::create' creates a new 'RdKafka::Producer' on every call to 'ForwardingReports::dr_cb'; each one starts a new Kafka client with its own broker connections and background threads [resource-per-call-client]
        // CHECK: :[[@LINE-5]]:8: note: 'ForwardingReports::dr_cb' is a delivery report callback, run once per produced message: it overrides 'RdKafka::DeliveryReportCb::dr_cb'
        // CHECK: :[[@LINE-3]]:9: note: no automatic fix: its arguments use the member 'AuditConf'
    if (!Audit)
      return;
    Audit->produce("audit", RdKafka::Topic::PARTITION_UA,
                   RdKafka::Producer::RK_MSG_COPY, Message.payload(),
                   Message.len(), nullptr, 0, 0, nullptr);
    Audit->flush(1000);
  }
  std::unique_ptr<RdKafka::Conf> AuditConf{
      RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL)};
};

// Negative: one producer, made once and owned by a unique_ptr.
int main(int Argc, char **) {
  if (Argc > 1) {
    std::unique_ptr<RdKafka::Conf> Conf(producerConf("127.0.0.1:9092"));
    std::string Error;
    std::unique_ptr<RdKafka::Producer> Producer(
        RdKafka::Producer::create(Conf.get(), Error));
    ForwardingReports Reports;
    (void)Reports;
  }
}

// FIXED: {{^}}    delete Conf;{{$}}

// REFIXED: .cpp:{{[0-9]+}}:9: warning: 'RdKafka::Producer::create' creates a new 'RdKafka::Producer' on every call to 'ForwardingReports::dr_cb'; each one starts a new Kafka client with its own broker connections and background threads [resource-per-call-client]
// REFIXED: .cpp:{{[0-9]+}}:8: note: 'ForwardingReports::dr_cb' is a delivery report callback, run once per produced message: it overrides 'RdKafka::DeliveryReportCb::dr_cb'
// REFIXED: .cpp:{{[0-9]+}}:9: note: no automatic fix: its arguments use the member 'AuditConf'
