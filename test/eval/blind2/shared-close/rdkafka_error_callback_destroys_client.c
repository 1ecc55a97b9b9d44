// SOURCE: public GitHub file (kafka.c of the phpkafka PHP extension by Elias Van Ootegem; search-index id 14656172768; the index does not name its repository)
// LIBRARY: librdkafka
// SHAPE: positive - (hard) the error callback registered on every connection's configuration destroys the client handle it is called for; librdkafka calls it from rd_kafka_poll() for transient errors (a broker going down), so the handle that the extension's connection object still holds and keeps polling is destroyed from inside the library's own callback. The handle arrives as the callback's parameter and the error-callback registration is not modelled (expected FN); consumer settings and batch produce cut
#include <librdkafka/rdkafka.h>

#include <errno.h>
#include <stdio.h>
#include <syslog.h>

static int log_level = 1;

void kafka_err_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque) {
  (void)opaque;
  if (log_level) {
    openlog("phpkafka", 0, LOG_USER);
    syslog(LOG_INFO, "phpkafka - ERROR CALLBACK: %s: %s: %s\n",
           rd_kafka_name(rk), rd_kafka_err2str(err), reason);
  }
  if (rk)
    rd_kafka_destroy(rk); // EXPECT-WARN
}

rd_kafka_t *kafka_get_connection(rd_kafka_type_t type, const char *brokers) {
  rd_kafka_t *r = NULL;
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  // set error callback
  rd_kafka_conf_set_error_cb(conf, kafka_err_cb);
  r = rd_kafka_new(type, conf, errstr, sizeof errstr);
  if (!r) {
    syslog(LOG_ERR, "Failed to connect to kafka: %s", errstr);
    rd_kafka_conf_destroy(conf);
    return NULL;
  }
  if (!rd_kafka_brokers_add(r, brokers)) {
    syslog(LOG_ERR, "Failed to connect to brokers %s", brokers);
    rd_kafka_destroy(r);
    return NULL;
  }
  return r;
}

int kafka_produce_report(rd_kafka_t *r, const char *topic, char *msg,
                         int msg_len) {
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(r, topic, NULL);
  if (!rkt)
    return -1;

  if (rd_kafka_produce(rkt, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, msg,
                       msg_len, NULL, 0, NULL) == -1) {
    syslog(LOG_ERR, "Failed to produce message: %s",
           rd_kafka_err2str(rd_kafka_errno2err(errno)));
    rd_kafka_poll(r, 0);
    rd_kafka_topic_destroy(rkt);
    return -1;
  }
  rd_kafka_poll(r, 0);
  while (rd_kafka_outq_len(r) > 0)
    rd_kafka_poll(r, 10);
  rd_kafka_topic_destroy(rkt);
  return 0;
}
