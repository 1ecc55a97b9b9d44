// SOURCE: https://github.com/mfontanini/cppkafka/issues/192 (src/consumer.cpp: "rd_kafka_new() internally doesn't free app_conf on failure. So the dupped configuration handler gets lost.")
// LIBRARY: rdkafka
// SHAPE: positive - the constructor duplicates the configuration and throws when rd_kafka_new fails, losing the duplicate
#include <librdkafka/rdkafka.h>

#include <stdexcept>
#include <string>

struct Exception : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Consumer {
 public:
  explicit Consumer(const rd_kafka_conf_t *config);

 private:
  static void rebalance_proxy(rd_kafka_t *, rd_kafka_resp_err_t, rd_kafka_topic_partition_list_t *, void *);
  rd_kafka_t *handle_ = nullptr;
};

Consumer::Consumer(const rd_kafka_conf_t *config) {
  char error_buffer[512];
  rd_kafka_conf_t *config_handle = rd_kafka_conf_dup(config); // EXPECT-WARN
  // Set ourselves as the opaque pointer
  rd_kafka_conf_set_opaque(config_handle, this);
  rd_kafka_conf_set_rebalance_cb(config_handle, &rebalance_proxy);
  rd_kafka_t *ptr = rd_kafka_new(RD_KAFKA_CONSUMER, config_handle, error_buffer, sizeof(error_buffer));
  if (!ptr) {
    throw Exception("Failed to create consumer handle: " + std::string(error_buffer));
  }
  rd_kafka_poll_set_consumer(ptr);
  handle_ = ptr;
}
