// SOURCE: public GitHub file, log_kafka_sink_configure (search-index id 57052692275; the index does not name its repository)
// LIBRARY: rdkafka
// SHAPE: negative (hard) - every configuration failure jumps to 'fail:', which destroys the conf object; after rd_kafka_new succeeds, 'conf = NULL' marks it as the producer's, and a failed rd_kafka_new also reaches 'fail:' with conf still set
#include <librdkafka/rdkafka.h>
#include <stddef.h>

typedef struct log_kafka_sink {
  rd_kafka_t *rk;
  rd_kafka_topic_t *rkt;
  char *brokers;
  char *topic;
  char *query;
} log_kafka_sink;

typedef struct log_channel {
  const char *kafka_options;
} log_channel;

int log_kafka_apply_query_opts(rd_kafka_conf_t *conf, const char *query,
                               char *errstr, size_t errlen);
int log_kafka_apply_json_opts(rd_kafka_conf_t *conf, const char *json,
                              char *errstr, size_t errlen);
void log_kafka_delivery_cb(rd_kafka_t *rk, const rd_kafka_message_t *m,
                           void *opaque);

int log_kafka_sink_configure(log_kafka_sink *sink, log_channel *ch) {
  char errstr[512];
  rd_kafka_conf_t *conf;

  if (!sink || !sink->brokers || !sink->topic)
    return -1;

  if (sink->rk) {
    if (sink->rkt) {
      rd_kafka_topic_destroy(sink->rkt);
      sink->rkt = NULL;
    }
    rd_kafka_flush(sink->rk, 1000);
    rd_kafka_destroy(sink->rk);
    sink->rk = NULL;
  }

  conf = rd_kafka_conf_new();
  if (!conf)
    return -1;

  if (rd_kafka_conf_set(conf, "bootstrap.servers", sink->brokers, errstr,
                        sizeof(errstr)) != RD_KAFKA_CONF_OK)
    goto fail;
  if (rd_kafka_conf_set(conf, "linger.ms", "5", errstr, sizeof(errstr)) !=
      RD_KAFKA_CONF_OK)
    goto fail;
  if (log_kafka_apply_query_opts(conf, sink->query, errstr, sizeof(errstr)) < 0)
    goto fail;
  if (ch && log_kafka_apply_json_opts(conf, ch->kafka_options, errstr,
                                      sizeof(errstr)) < 0)
    goto fail;

  rd_kafka_conf_set_dr_msg_cb(conf, log_kafka_delivery_cb);

  sink->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!sink->rk)
    goto fail;

  conf = NULL;
  rd_kafka_set_log_level(sink->rk, 0);

  sink->rkt = rd_kafka_topic_new(sink->rk, sink->topic, NULL);
  if (!sink->rkt) {
    rd_kafka_destroy(sink->rk);
    sink->rk = NULL;
    return -1;
  }

  return 0;

fail:
  if (conf)
    rd_kafka_conf_destroy(conf);
  return -1;
}
