// SOURCE: public GitHub file (f2k, a NetFlow-to-Kafka collector, the kafka part of its configuration reload; search-index id 26206272454; the index does not name its repository)
// LIBRARY: librdkafka
// SHAPE: positive - the reload reads the installed producer and topic into locals, swaps in the new ones under the write lock, and destroys the locals; when the new producer cannot be built it logs "Using values before reload" and still destroys the locals, i.e. the producer and topic that stay installed in the shared globals and that the sender threads keep producing to. The release goes through a local copy of the global, which the docs say is not followed (expected FN); configuration parsing and the partitioner cut
#include <librdkafka/rdkafka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct kafka_globals {
  pthread_rwlock_t rwlock;
  rd_kafka_t *rk;
  rd_kafka_topic_t *rkt;
};

static struct kafka_globals kafka = {PTHREAD_RWLOCK_INITIALIZER, NULL, NULL};

/* Sender threads: one produce under the read lock. */
int send_to_kafka(char *buf, size_t len) {
  int rc;
  pthread_rwlock_rdlock(&kafka.rwlock);
  rc = rd_kafka_produce(kafka.rkt, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_FREE,
                        buf, len, NULL, 0, NULL);
  pthread_rwlock_unlock(&kafka.rwlock);
  return rc;
}

void reload_kafka(const char *kafka_brokers, const char *kafka_topic,
                  rd_kafka_conf_t *rk_conf, rd_kafka_topic_conf_t *rkt_conf) {
  rd_kafka_t *rk = NULL, *rk_old = NULL;
  rd_kafka_topic_t *rkt = NULL, *rkt_old = NULL;
  char errstr[2048];

  rk = rd_kafka_new(RD_KAFKA_PRODUCER, rk_conf, errstr, sizeof(errstr));
  if (NULL == rk) {
    fprintf(stderr, "Unable to connect to kafka brokers %s:%s\n",
            kafka_brokers, errstr);
  } else {
    rk_conf = NULL;
  }

  if (rk != NULL && rd_kafka_brokers_add(rk, kafka_brokers) == 0) {
    fprintf(stderr, "No valid kafka brokers specified: %s\n", kafka_brokers);
    rd_kafka_destroy(rk);
    rk = NULL;
  }

  if (rk != NULL) {
    rkt = rd_kafka_topic_new(rk, kafka_topic, rkt_conf);
    if (rkt != NULL) {
      rkt_conf = NULL;
    } else {
      fprintf(stderr, "Unable to create a kafka topic\n");
      rd_kafka_destroy(rk);
      rk = NULL;
    }
  }

  rk_old = kafka.rk;
  rkt_old = kafka.rkt;

  /* Can't create new handlers */
  if (rk == NULL && rkt == NULL) {
    /* First running: Can't connect */
    if (NULL == rk_old && NULL == rkt_old) {
      fprintf(stderr, "No valid kafka brokers specified => Can't start f2k\n");
      exit(-1);
    } else {
      fprintf(stderr,
              "No valid kafka brokers specified => Using values before reload\n");
    }
  } else {
    pthread_rwlock_wrlock(&kafka.rwlock);
    kafka.rk = rk;
    kafka.rkt = rkt;
    pthread_rwlock_unlock(&kafka.rwlock);
  }

  if (NULL != rk_old)
    rd_kafka_destroy(rk_old); // EXPECT-WARN
  if (NULL != rkt_old)
    rd_kafka_topic_destroy(rkt_old);
  if (NULL != rk_conf)
    rd_kafka_conf_destroy(rk_conf);
  if (NULL != rkt_conf)
    rd_kafka_topic_conf_destroy(rkt_conf);
}
