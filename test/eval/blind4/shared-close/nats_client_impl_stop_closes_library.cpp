// SOURCE: public GitHub file NatsClientImpl.cpp (search-index id 13171657971; NatsClientImpl::start, stop, subscribe; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - (hard) the client class's stop() destroys its own connection and options and then calls nats_Close(), the process-wide teardown the nats.c examples run at the end of main ("to silence reports of memory still in use with valgrind"); stopping one client ends the library under every other client in the process. The teardown is in a method named stop
#include <cstdint>
#include <functional>
#include <iostream>
#include <map>
#include <nats/nats.h>
#include <string>

class NatsSubscription {
public:
  NatsSubscription(natsConnection *conn, const std::string &subject,
                   std::function<void(std::string)> callback);
  ~NatsSubscription();
};

class NatsClientImpl {
public:
  explicit NatsClientImpl(bool statistics) : m_statistics(statistics) {}
  bool start();
  void stop();
  bool subscribe(const std::string &subject,
                 std::function<void(std::string)> callback);
  bool publish(const std::string &subject, const std::string &data);

private:
  bool m_statistics;
  natsConnection *m_pConn = nullptr;
  natsOptions *m_pOpts = nullptr;
  natsStatistics *m_pStats = nullptr;
  std::map<std::string, NatsSubscription *> m_Subscriptions;
};

bool NatsClientImpl::start() {
  natsStatus s = NATS_OK;
  if (natsOptions_Create(&m_pOpts) != NATS_OK)
    s = NATS_NO_MEMORY;
  if (s == NATS_OK)
    s = natsConnection_Connect(&m_pConn, m_pOpts);
  if (m_statistics && (s == NATS_OK))
    s = natsStatistics_Create(&m_pStats);
  if (s != NATS_OK)
    std::cerr << "Error: " << s << std::endl;
  return (s == NATS_OK);
}

void NatsClientImpl::stop() {
  // Destroy all our objects to avoid report of memory leak
  if (m_statistics)
    natsStatistics_Destroy(m_pStats);

  auto it = m_Subscriptions.begin();
  while (it != m_Subscriptions.end()) {
    delete it->second;
    it = m_Subscriptions.erase(it);
  }
  natsConnection_Destroy(m_pConn);
  natsOptions_Destroy(m_pOpts);

  // To silence reports of memory still in used with valgrind
  nats_Close(); // EXPECT-WARN
}

bool NatsClientImpl::subscribe(const std::string &subject,
                               std::function<void(std::string)> callback) {
  m_Subscriptions[subject] = new NatsSubscription(m_pConn, subject, callback);
  return true;
}

bool NatsClientImpl::publish(const std::string &subject,
                             const std::string &data) {
  return natsConnection_PublishString(m_pConn, subject.c_str(),
                                      data.c_str()) == NATS_OK;
}
