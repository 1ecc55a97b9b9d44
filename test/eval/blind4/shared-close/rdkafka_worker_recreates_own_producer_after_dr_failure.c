// SOURCE: https://github.com/confluentinc/librdkafka/issues/347 (trackrdrd's Kafka plugin: "the app responds to delivery failure by having the current thread release its rdkafka resources and reconnecting"; each worker uses its own rd_kafka_t). The worker code is rendered from the report
// LIBRARY: rdkafka
// SHAPE: negative - the delivery callback only flags the failure on the worker that owns the producer; the worker destroys and re-creates its own producer from its loop, after rd_kafka_poll has returned, and no other thread has the handle
#include <librdkafka/rdkafka.h>
#include <stdbool.h>
#include <stddef.h>

struct kafka_wrk {
  rd_kafka_t *rk;
  rd_kafka_topic_t *rkt;
  volatile bool failed;
  char errmsg[512];
};

static void dr_msg_cb(rd_kafka_t *rk, const rd_kafka_message_t *rkmessage,
                      void *opaque) {
  (void)rk;
  struct kafka_wrk *wrk = opaque;
  if (rkmessage->err == RD_KAFKA_RESP_ERR__QUEUE_FULL ||
      rkmessage->err == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT)
    wrk->failed = true;
}

static int wrk_init(struct kafka_wrk *wrk, const char *brokers) {
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers", brokers, wrk->errmsg,
                    sizeof(wrk->errmsg));
  rd_kafka_conf_set_opaque(conf, wrk);
  rd_kafka_conf_set_dr_msg_cb(conf, dr_msg_cb);
  wrk->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, wrk->errmsg,
                         sizeof(wrk->errmsg));
  if (wrk->rk == NULL) {
    rd_kafka_conf_destroy(conf);
    return -1;
  }
  wrk->rkt = rd_kafka_topic_new(wrk->rk, "varnish", NULL);
  wrk->failed = false;
  return 0;
}

static void wrk_fini(struct kafka_wrk *wrk) {
  rd_kafka_topic_destroy(wrk->rkt);
  wrk->rkt = NULL;
  rd_kafka_destroy(wrk->rk);
  wrk->rk = NULL;
}

int next_record(char *buf, size_t len);

/* One worker thread; every worker has its own struct kafka_wrk. */
void wrk_run(struct kafka_wrk *wrk, const char *brokers) {
  char buf[4096];
  if (wrk_init(wrk, brokers) != 0)
    return;
  for (;;) {
    int n = next_record(buf, sizeof(buf));
    if (n < 0)
      break;
    rd_kafka_produce(wrk->rkt, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY,
                     buf, (size_t)n, NULL, 0, NULL);
    rd_kafka_poll(wrk->rk, 0);
    if (wrk->failed) {
      wrk_fini(wrk);
      if (wrk_init(wrk, brokers) != 0)
        return;
    }
  }
  wrk_fini(wrk);
}
