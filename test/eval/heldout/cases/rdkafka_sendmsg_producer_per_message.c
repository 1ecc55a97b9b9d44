// SOURCE: github.com/confluentinc/librdkafka/issues/853 (mmanoj's PCRF integration: InitsendMSG()/sendMSG(topic,msg) creates rd_kafka_t per message; edenhill: "you changed the example code to not persist the producer instance but create a new one for each message"); the feeding loop is rendered from the reporter's description
// LIBRARY: rdkafka
// SHAPE: positive - rd_kafka_new inside a helper called once per line of a read loop; destroyed before the helper returns
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <string.h>

static const char *brokers = "localhost:9092,localhost:9093,localhost:9094";

int sendMSG(const char *topic, const char *msg) {
  char errstr[512];
  rd_kafka_t *rk;
  rd_kafka_topic_t *rkt;
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_topic_conf_t *topic_conf = rd_kafka_topic_conf_new();

  if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK)
    return -1;

  if (!(rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr)))) { // EXPECT-WARN
    fprintf(stderr, "%% Failed to create new producer: %s\n", errstr);
    return -1;
  }
  rkt = rd_kafka_topic_new(rk, topic, topic_conf);

  if (rd_kafka_produce(rkt, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, (void *)msg,
                       strlen(msg), NULL, 0, NULL) == -1)
    fprintf(stderr, "%% Failed to produce to topic %s\n", rd_kafka_topic_name(rkt));
  rd_kafka_poll(rk, 0);

  while (rd_kafka_outq_len(rk) > 0)
    rd_kafka_poll(rk, 100);

  rd_kafka_topic_destroy(rkt);
  rd_kafka_destroy(rk);
  return 0;
}

int main(void) {
  char buf[2048];
  while (fgets(buf, sizeof(buf), stdin)) {
    size_t len = strlen(buf);
    if (len && buf[len - 1] == '\n') buf[--len] = '\0';
    sendMSG("PCRF", buf);
  }
  return 0;
}
