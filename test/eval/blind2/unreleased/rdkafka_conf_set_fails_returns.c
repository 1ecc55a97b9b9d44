// SOURCE: public GitHub file, a PostgreSQL extension's init_librdkafka (search-index id 30311315601; the index does not name its repository)
// LIBRARY: rdkafka
// SHAPE: positive - a failed rd_kafka_conf_set returns before rd_kafka_new has taken the configuration, so the conf object is leaked; the later failure of rd_kafka_new also leaves it with the caller
#include <librdkafka/rdkafka.h>
#include <stdio.h>

static rd_kafka_t *rk;
static rd_kafka_topic_t *rkt;
static const char *topic;
static const char *brokers;

static void dr_msg_cb(rd_kafka_t *rk_, const rd_kafka_message_t *rkmessage,
                      void *opaque) {
  (void)rk_;
  (void)rkmessage;
  (void)opaque;
}

static void init_librdkafka(void) {
  rd_kafka_conf_t *conf;
  char errstr[512];

  topic = "test";
  brokers = "localhost:9092";
  conf = rd_kafka_conf_new(); // EXPECT-WARN

  if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr,
                        sizeof(errstr)) != RD_KAFKA_CONF_OK) {
    fprintf(stderr, "%s\n", errstr);
    return;
  }

  rd_kafka_conf_set_dr_msg_cb(conf, dr_msg_cb);

  /* rd_kafka_new() takes ownership of conf on success */
  rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
  if (!rk) {
    fprintf(stderr, "%% Failed to create new producer:%s\n", errstr);
    return;
  }

  rkt = rd_kafka_topic_new(rk, topic, NULL);
  if (!rkt) {
    fprintf(stderr, "%% Failed to create topic object: %s\n",
            rd_kafka_err2str(rd_kafka_last_error()));
    rd_kafka_destroy(rk);
    return;
  }
}

void _PG_init(void) { init_librdkafka(); }
