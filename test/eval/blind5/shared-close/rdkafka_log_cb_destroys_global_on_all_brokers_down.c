// SOURCE: librdkafka rdkafka.h ("The application MUST NOT call rd_kafka_destroy() from the callback") and confluentinc/librdkafka issue #5; rendered from public producers that react to "all brokers down" log/error lines by tearing the producer down where they see them
// LIBRARY: rdkafka
// SHAPE: positive - the log callback (rd_kafka_conf_set_log_cb) destroys the global producer when it sees an ALL_BROKERS_DOWN line; the callback runs inside rd_kafka_poll()/a librdkafka thread with the handle in use
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <string.h>

static rd_kafka_t *producer = NULL;

static void on_log(const rd_kafka_t *rk, int level, const char *fac,
                   const char *buf) {
  (void)rk;
  fprintf(stderr, "kafka[%d] %s: %s\n", level, fac, buf);
  if (strstr(buf, "all brokers are down") != NULL && producer != NULL) {
    rd_kafka_destroy(producer); // EXPECT-WARN
    producer = NULL;
  }
}

int start_producer(const char *brokers) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr,
                    sizeof(errstr));
  rd_kafka_conf_set_log_cb(conf, on_log);
  producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  return producer ? 0 : -1;
}

void produce_loop(void) {
  while (producer != NULL)
    rd_kafka_poll(producer, 100);
}
