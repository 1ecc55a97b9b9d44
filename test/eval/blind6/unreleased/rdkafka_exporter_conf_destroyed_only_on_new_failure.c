// SOURCE: public GitHub file (kafka_exporter create function of a metrics exporter; search-index id 66864105768; the index does not name its repository)
// LIBRARY: librdkafka
// SHAPE: negative - the conf is destroyed only when rd_kafka_new fails (on success it belongs to the producer); the topic conf is handed to rd_kafka_topic_new; handles are stored in the returned context struct, and the producer is destroyed when the topic cannot be made
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  rd_kafka_t *rk;
  rd_kafka_topic_t *rkt;
} kafka_ctx_t;

kafka_ctx_t *kafka_exporter_create(const char *servers, const char *topic, char *errbuf, size_t errbuflen) {
  char rd_errbuf[512];
  kafka_ctx_t *kctx = calloc(1, sizeof(*kctx));
  if (!kctx)
    return NULL;
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", servers, rd_errbuf, sizeof(rd_errbuf)) != RD_KAFKA_CONF_OK) {
    snprintf(errbuf, errbuflen, "kafka_exporter: %s", rd_errbuf);
    rd_kafka_conf_destroy(conf);
    free(kctx);
    return NULL;
  }
  kctx->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, rd_errbuf, sizeof(rd_errbuf));
  if (!kctx->rk) {
    snprintf(errbuf, errbuflen, "kafka_exporter: rd_kafka_new failed: %s", rd_errbuf);
    rd_kafka_conf_destroy(conf);
    free(kctx);
    return NULL;
  }
  rd_kafka_topic_conf_t *tconf = rd_kafka_topic_conf_new();
  kctx->rkt = rd_kafka_topic_new(kctx->rk, topic, tconf);
  if (!kctx->rkt) {
    snprintf(errbuf, errbuflen, "kafka_exporter: rd_kafka_topic_new('%s') failed", topic);
    rd_kafka_destroy(kctx->rk);
    free(kctx);
    return NULL;
  }
  return kctx;
}
