// SOURCE: public GitHub file (DistributedWriteAheadLogKafka registers static members log_stats/log_err/log_throttle with rd_kafka_conf_set_*_cb; search-index id 17057296756; the index does not name its repository)
// LIBRARY: librdkafka
// SHAPE: positive - rendered: the static member statistics callback destroys the handle it is given when the stats show no broker up; librdkafka is inside rd_kafka_poll() with that handle
#include <librdkafka/rdkafka.h>
#include <cstdio>
#include <cstring>

class KafkaWal {
public:
  bool init(rd_kafka_conf_t *kconf) {
    char err[256];
    rd_kafka_conf_set_stats_cb(kconf, &KafkaWal::log_stats);
    rd_kafka_conf_set_opaque(kconf, this);
    producer_ = rd_kafka_new(RD_KAFKA_PRODUCER, kconf, err, sizeof err);
    return producer_ != nullptr;
  }
  void poll() { rd_kafka_poll(producer_, 100); }
  ~KafkaWal() {
    if (producer_)
      rd_kafka_destroy(producer_);
  }

private:
  static int log_stats(rd_kafka_t *rk, char *json, size_t json_len, void *opaque) {
    (void)opaque;
    std::fprintf(stderr, "kafka stats: %.*s\n", (int)json_len, json);
    if (std::strstr(json, "\"state\":\"UP\"") == nullptr)
      rd_kafka_destroy(rk); // EXPECT-WARN
    return 0;
  }

  rd_kafka_t *producer_ = nullptr;
};
