// SOURCE: https://github.com/confluentinc/librdkafka/pull/2660 (src-cpp/ProducerImpl.cpp before the fix: "memory leak in RdKafka::Producer::create if rd_kafka_new returns NULL")
// LIBRARY: rdkafka
// SHAPE: positive - the duplicated conf is consumed by rd_kafka_new only on success; the NULL path returns without rd_kafka_conf_destroy
#include <librdkafka/rdkafka.h>

#include <string>

struct ProducerImpl {
  rd_kafka_t *rk_ = nullptr;
};

ProducerImpl *create_producer(const rd_kafka_conf_t *app_conf, std::string &errstr) {
  char errbuf[512];
  ProducerImpl *rkp = new ProducerImpl();
  rd_kafka_conf_t *rk_conf = NULL;

  if (app_conf) {
    rk_conf = rd_kafka_conf_dup(app_conf); // EXPECT-WARN
  }

  rd_kafka_t *rk;
  if (!(rk = rd_kafka_new(RD_KAFKA_PRODUCER, rk_conf, errbuf, sizeof(errbuf)))) {
    errstr = errbuf;
    delete rkp;
    return NULL;
  }

  rkp->rk_ = rk;
  return rkp;
}
