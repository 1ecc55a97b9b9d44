// SOURCE: confluentinc/librdkafka examples/idempotent_producer.c (error_cb and main)
// LIBRARY: rdkafka
// SHAPE: negative - the error callback only records a fatal error and clears the run flag; main's poll loop notices it and destroys the producer after rd_kafka_poll has returned, as rdkafka.h asks
#include <librdkafka/rdkafka.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t run = 1;

static void error_cb(rd_kafka_t *rk, int err, const char *reason,
                     void *opaque) {
  rd_kafka_resp_err_t orig_err;
  char errstr[512];
  (void)opaque;

  fprintf(stderr, "%% Error: %s: %s\n",
          rd_kafka_err2name((rd_kafka_resp_err_t)err), reason);

  if (err != RD_KAFKA_RESP_ERR__FATAL)
    return;

  orig_err = rd_kafka_fatal_error(rk, errstr, sizeof(errstr));
  fprintf(stderr, "%% FATAL ERROR: %s: %s\n", rd_kafka_err2name(orig_err),
          errstr);
  run = 0;
}

int main(int argc, char **argv) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", argc > 1 ? argv[1] : "",
                        errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK ||
      rd_kafka_conf_set(conf, "enable.idempotence", "true", errstr,
                        sizeof(errstr)) != RD_KAFKA_CONF_OK) {
    fprintf(stderr, "%s\n", errstr);
    rd_kafka_conf_destroy(conf);
    return 1;
  }
  rd_kafka_conf_set_error_cb(conf, error_cb);

  rd_kafka_t *rk =
      rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!rk) {
    fprintf(stderr, "%% Failed to create new producer: %s\n", errstr);
    return 1;
  }

  while (run) {
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("idempotence_test"),
                      RD_KAFKA_V_VALUE("msg", 3),
                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    rd_kafka_poll(rk, 1000);
  }

  rd_kafka_flush(rk, 10 * 1000);
  rd_kafka_destroy(rk);
  return 0;
}
