// SOURCE: https://github.com/confluentinc/librdkafka/issues/5 (the rd_kafka_t handle "is intended to be a persistent object"; rendered with a delivery-report callback that destroys the process-wide producer after a permanent delivery error)
// LIBRARY: rdkafka
// SHAPE: positive - the delivery report callback (run once per message, from rd_kafka_poll) destroys the global producer that every other thread produces on
#include <librdkafka/rdkafka.h>
#include <stdio.h>

rd_kafka_t *g_producer;

static void dr_msg_cb(rd_kafka_t *rk, const rd_kafka_message_t *msg,
                      void *opaque) {
  (void)rk;
  (void)opaque;
  if (msg->err == RD_KAFKA_RESP_ERR__FATAL) {
    fprintf(stderr, "fatal delivery error: %s\n", rd_kafka_err2str(msg->err));
    rd_kafka_destroy(g_producer); // EXPECT-WARN
  }
}

int init_producer(const char *brokers) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr, sizeof errstr);
  rd_kafka_conf_set_dr_msg_cb(conf, dr_msg_cb);
  g_producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
  return g_producer ? 0 : -1;
}
