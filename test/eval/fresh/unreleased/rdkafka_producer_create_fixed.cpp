// SOURCE: https://github.com/confluentinc/librdkafka/pull/2660 (src-cpp/ProducerImpl.cpp after the fix: "rd_kafka_new() takes ownership only if succeeds")
// LIBRARY: rdkafka
// SHAPE: negative - the duplicated conf is destroyed when rd_kafka_new fails and handed to the new handle when it succeeds
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
    rk_conf = rd_kafka_conf_dup(app_conf);
  }

  rd_kafka_t *rk;
  if (!(rk = rd_kafka_new(RD_KAFKA_PRODUCER, rk_conf, errbuf, sizeof(errbuf)))) {
    errstr = errbuf;
    // rd_kafka_new() takes ownership only if succeeds
    if (rk_conf)
      rd_kafka_conf_destroy(rk_conf);
    delete rkp;
    return NULL;
  }

  rkp->rk_ = rk;
  return rkp;
}
