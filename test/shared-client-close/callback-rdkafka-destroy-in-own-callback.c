// librdkafka runs its error and delivery callbacks inside rd_kafka_poll()
// with the handle in use: destroying the handle there frees it under the
// library. The handle the callback gets, or the global holding it, is
// reported; destroying it outside the callbacks is not.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -x c \
// RUN:   -std=gnu11 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <librdkafka/rdkafka.h>
#include <stdio.h>

static rd_kafka_t *Producer;

static void onError(rd_kafka_t *rk, int err, const char *reason,
                    void *opaque) {
  (void)opaque;
  fprintf(stderr, "%s: %s\n", rd_kafka_err2str(err), reason);
  if (err == RD_KAFKA_RESP_ERR__FATAL)
    rd_kafka_destroy(rk);
  // CHECK: :[[@LINE-1]]:5: warning: 'rd_kafka_destroy' frees the 'rd_kafka_t' inside its own callback; the library uses it until the callback returns [resource-shared-client-close]
}

static void onDelivery(rd_kafka_t *rk, const rd_kafka_message_t *msg,
                       void *opaque) {
  (void)rk;
  (void)opaque;
  if (msg->err) {
    rd_kafka_destroy(Producer);
    // CHECK: :[[@LINE-1]]:5: warning: 'rd_kafka_destroy' frees the 'rd_kafka_t' inside its own callback; the library uses it until the callback returns [resource-shared-client-close]
    Producer = NULL;
  }
}

rd_kafka_t *startProducer(void) {
  char Err[512];
  rd_kafka_conf_t *Conf = rd_kafka_conf_new();
  rd_kafka_conf_set_error_cb(Conf, onError);
  rd_kafka_conf_set_dr_msg_cb(Conf, onDelivery);
  Producer = rd_kafka_new(RD_KAFKA_PRODUCER, Conf, Err, sizeof Err);
  if (!Producer) {
    rd_kafka_conf_destroy(Conf);
    return NULL;
  }
  if (rd_kafka_brokers_add(Producer, "localhost:9092") == 0) {
    rd_kafka_destroy(Producer);
    Producer = NULL;
  }
  return Producer;
}
