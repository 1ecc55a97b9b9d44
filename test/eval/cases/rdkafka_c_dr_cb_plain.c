// SOURCE: https://github.com/confluentinc/librdkafka/blob/master/examples/producer.c (dr_msg_cb only logs; the producer rk is created once in main and reused for every rd_kafka_produce)
// LIBRARY: rdkafka
// SHAPE: negative - one producer created in main; the per-message delivery callback and the stdin loop only use it
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <string.h>

static void dr_msg_cb(rd_kafka_t *rk, const rd_kafka_message_t *rkmessage, void *opaque) {
  (void)rk;
  (void)opaque;
  if (rkmessage->err)
    fprintf(stderr, "%% Message delivery failed: %s\n", rd_kafka_err2str(rkmessage->err));
}

int main(int argc, char **argv) {
  rd_kafka_t *rk;
  rd_kafka_conf_t *conf;
  char errstr[512];
  char buf[512];
  if (argc != 3)
    return 1;
  conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", argv[1], errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK)
    return 1;
  rd_kafka_conf_set_dr_msg_cb(conf, dr_msg_cb);
  rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!rk)
    return 1;
  while (fgets(buf, sizeof(buf), stdin)) {
    size_t len = strlen(buf);
    rd_kafka_resp_err_t err;
  retry:
    err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(argv[2]), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                            RD_KAFKA_V_VALUE(buf, len), RD_KAFKA_V_OPAQUE(NULL), RD_KAFKA_V_END);
    if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
      rd_kafka_poll(rk, 1000);
      goto retry;
    }
    rd_kafka_poll(rk, 0);
  }
  rd_kafka_flush(rk, 10 * 1000);
  rd_kafka_destroy(rk);
  return 0;
}
