// SOURCE: https://github.com/confluentinc/librdkafka/issues/853 (user turned rdkafka_example.c into sendMSG(), which creates a producer per message; maintainer: "create rd_kafka_t (producer) once and then reuse it")
// LIBRARY: rdkafka
// SHAPE: positive - helper called once per message from the application's receive loop; producer created and destroyed in it
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <string.h>

static const char *brokers = "localhost:9092,localhost:9093,localhost:9094";

void sendMSG(const char *topic, const char *msg) {
  rd_kafka_t *rk;
  rd_kafka_topic_t *rkt;
  rd_kafka_conf_t *conf;
  rd_kafka_topic_conf_t *topic_conf;
  char errstr[512];
  int partition = RD_KAFKA_PARTITION_UA;

  conf = rd_kafka_conf_new();
  topic_conf = rd_kafka_topic_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
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
  if (rd_kafka_produce(rkt, partition, RD_KAFKA_MSG_F_COPY, (void *)msg, strlen(msg), NULL, 0, NULL) == -1)
    fprintf(stderr, "%% Failed to produce to topic %s\n", rd_kafka_topic_name(rkt));
  rd_kafka_poll(rk, 0);
  while (rd_kafka_outq_len(rk) > 0)
    rd_kafka_poll(rk, 100);
  rd_kafka_topic_destroy(rkt);
  rd_kafka_destroy(rk);
}

/* The PCRF side calls sendMSG for every record it has to forward. */
int main(void) {
  char line[1024];
  while (fgets(line, sizeof(line), stdin))
    sendMSG("PCRF", line);
  return 0;
}
