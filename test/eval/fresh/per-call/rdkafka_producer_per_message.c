// SOURCE: https://github.com/confluentinc/librdkafka/issues/853 (modified rdkafka_example.c: "you changed the example code to not persist the producer instance but create a new one for each message")
// LIBRARY: rdkafka
// SHAPE: positive - sendMSG() creates, uses and destroys a producer per message; the PCRF event loop calls it for each event (loop reconstructed)
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <string.h>

static int run = 1;
static const char *brokers = "localhost:9092";

void sendMSG(const char *topic, const char *msg) {
  rd_kafka_t *rk;
  rd_kafka_topic_t *rkt;
  rd_kafka_conf_t *conf;
  rd_kafka_topic_conf_t *topic_conf;
  char errstr[512];
  int partition = RD_KAFKA_PARTITION_UA;

  conf = rd_kafka_conf_new();
  topic_conf = rd_kafka_topic_conf_new();
  if (rd_kafka_conf_set(conf, "metadata.broker.list", brokers, errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
    fprintf(stderr, "%% %s\n", errstr);
    return;
  }

  /* Create Kafka handle */
  if (!(rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr)))) { // EXPECT-WARN
    fprintf(stderr, "%% Failed to create new producer: %s\n", errstr);
    return;
  }

  /* Create topic */
  rkt = rd_kafka_topic_new(rk, topic, topic_conf);
  topic_conf = NULL; /* Now owned by topic */

  if (rd_kafka_produce(rkt, partition, RD_KAFKA_MSG_F_COPY, (void *)msg, strlen(msg), NULL, 0, NULL) == -1) {
    fprintf(stderr, "%% Failed to produce to topic %s partition %i: %s\n", rd_kafka_topic_name(rkt), partition,
            rd_kafka_err2str(rd_kafka_last_error()));
  }
  rd_kafka_poll(rk, 0);

  /* Wait for messages to be delivered */
  while (run && rd_kafka_outq_len(rk) > 0)
    rd_kafka_poll(rk, 100);

  /* Destroy topic */
  rd_kafka_topic_destroy(rkt);
  /* Destroy the handle */
  rd_kafka_destroy(rk);
}

int read_pcrf_event(char *buf, size_t len);

int main(void) {
  char buf[1024];
  while (run) {
    if (read_pcrf_event(buf, sizeof buf) > 0)
      sendMSG("PCRF", buf);
  }
  return 0;
}
