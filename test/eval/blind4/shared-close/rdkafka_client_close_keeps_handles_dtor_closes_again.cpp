// SOURCE: public GitHub file KafkaClient.cpp with class CKafkaClient (search-index id 34028275044; CKafkaClient::Close, ~CKafkaClient, Connect_Kafka_Server, Create_topic; the index does not name its repository)
// LIBRARY: rdkafka
// SHAPE: positive - the public Close() destroys the member topic and the member handle without resetting either, and the destructor calls Close() again: a client closed by its user is destroyed twice when it goes out of scope, and a send after Close() uses the destroyed handles
#include <cstdio>
#include <cstring>
#include <librdkafka/rdkafka.h>

enum ENUM_KAFKA_QUEUE_CLASS { KA_PRODUCER, KA_CONSUMER };

class CKafkaClient {
public:
  CKafkaClient();
  ~CKafkaClient();
  bool Connect_Kafka_Server(const char *pAddress,
                            ENUM_KAFKA_QUEUE_CLASS em_Class);
  bool Create_topic(const char *pTopic);
  bool Send_Topic_Message(const char *pData, int nLen);
  void Close();

private:
  rd_kafka_conf_t *m_kafka_conf;
  rd_kafka_topic_conf_t *m_topic_conf;
  rd_kafka_topic_t *m_rkt;
  rd_kafka_t *m_rk;
  char m_szError[500];
};

CKafkaClient::CKafkaClient() {
  m_kafka_conf = NULL;
  m_topic_conf = NULL;
  m_rkt = NULL;
  m_rk = NULL;
  memset(m_szError, 0, 500);
}

CKafkaClient::~CKafkaClient() { Close(); }

bool CKafkaClient::Connect_Kafka_Server(const char *pAddress,
                                        ENUM_KAFKA_QUEUE_CLASS em_Class) {
  m_kafka_conf = rd_kafka_conf_new();
  rd_kafka_conf_set(m_kafka_conf, "broker.version.fallback", "0.8.1", NULL, 0);
  m_rk = rd_kafka_new(em_Class == KA_PRODUCER ? RD_KAFKA_PRODUCER
                                              : RD_KAFKA_CONSUMER,
                      m_kafka_conf, m_szError, sizeof(m_szError));
  if (NULL == m_rk) {
    printf("[CKafkaClient::Connect_Kafka_Server]err=%s",
           rd_kafka_err2str(rd_kafka_last_error()));
    return false;
  }
  rd_kafka_brokers_add(m_rk, pAddress);
  return true;
}

bool CKafkaClient::Create_topic(const char *pTopic) {
  m_topic_conf = rd_kafka_topic_conf_new();
  m_rkt = rd_kafka_topic_new(m_rk, pTopic, m_topic_conf);
  return m_rkt != NULL;
}

bool CKafkaClient::Send_Topic_Message(const char *pData, int nLen) {
  int nRet = rd_kafka_produce(m_rkt, 0, RD_KAFKA_MSG_F_COPY, (void *)pData,
                              nLen, NULL, 0, NULL);
  rd_kafka_poll(m_rk, 0);
  return nRet != -1;
}

void CKafkaClient::Close() {
  if (NULL != m_rkt) {
    rd_kafka_topic_destroy(m_rkt); // EXPECT-WARN
  }

  if (NULL != m_rk) {
    rd_kafka_destroy(m_rk); // EXPECT-WARN
  }

  // wait until everything is destroyed
  int run = 5;
  while (run-- > 0 && rd_kafka_wait_destroyed(1000) == -1) {
    printf("[CKafkaClient::Close]Waiting for librdkafka to decommission\n");
  }
}
