// SOURCE: public GitHub file nats_handler.cpp of a NATS/UDP latency tester (search-index id 61898164454; NatsHandler::Init, OnTimer, Stop, OnStop, async_stop_callback; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - (hard) the tool's one NATS handler stops through a libuv async handle: Stop() sets the stop flag and signals it, and its callback, OnStop, runs once on the loop thread, closes the handles, destroys the subscription and connection (resetting both) and calls nats_Close as the program's NATS shutdown. The teardown sits in a callback registered with uv_async_init, which runs whenever the handle is signalled
#include <chrono>
#include <cstdint>
#include <nats/nats.h>
#include <string>
#include <uv.h>

struct GlobalSettings {
  std::string nats_url;
  std::string nats_local_topic;
  std::string nats_remote_topic;
  uint64_t nats_repeat_timeout = 1000;
  int64_t work_time = 10;
  bool commutated = false;
  bool stop = false;
  std::chrono::steady_clock::time_point work_start;
};

class NatsHandler {
public:
  NatsHandler(uv_loop_t *loop, GlobalSettings *settings)
      : m_loop(loop), m_settings(settings) {}
  bool Init();
  void Stop();

private:
  void SendPing();
  void OnTimer();
  void OnStop();
  static void timer_callback(uv_timer_t *handle);
  static void async_stop_callback(uv_async_t *handle);
  static void nats_message_cb(natsConnection *nc, natsSubscription *sub,
                              natsMsg *msg, void *closure);

  uv_loop_t *m_loop;
  GlobalSettings *m_settings;
  uv_timer_t m_timer;
  uv_async_t m_async_stop;
  natsConnection *m_nats_conn = nullptr;
  natsSubscription *m_nats_sub = nullptr;
};

void NatsHandler::SendPing() {
  natsConnection_PublishString(m_nats_conn,
                               m_settings->nats_remote_topic.c_str(), "ping");
}

void NatsHandler::nats_message_cb(natsConnection *nc, natsSubscription *sub,
                                  natsMsg *msg, void *closure) {
  (void)nc;
  (void)sub;
  (void)closure;
  natsMsg_Destroy(msg);
}

void NatsHandler::OnStop() {
  uv_timer_stop(&m_timer);
  uv_close((uv_handle_t *)&m_timer, nullptr);
  uv_close((uv_handle_t *)&m_async_stop, nullptr);

  if (m_nats_sub) {
    natsSubscription_Unsubscribe(m_nats_sub);
    natsSubscription_Destroy(m_nats_sub);
    m_nats_sub = nullptr;
  }

  if (m_nats_conn) {
    natsConnection_Close(m_nats_conn);
    natsConnection_Destroy(m_nats_conn);
    m_nats_conn = nullptr;
  }

  nats_Close();
}

void NatsHandler::OnTimer() {
  if (m_settings->stop) {
    Stop();
    return;
  }
  if (m_settings->commutated) {
    SendPing();
    const auto work_duration_s =
        std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::steady_clock::now() - m_settings->work_start)
            .count();
    if (work_duration_s >= m_settings->work_time)
      Stop();
  }
  uv_timer_start(&m_timer, timer_callback, m_settings->nats_repeat_timeout, 0);
}

void NatsHandler::timer_callback(uv_timer_t *handle) {
  auto *self = static_cast<NatsHandler *>(
      uv_handle_get_data(reinterpret_cast<uv_handle_t *>(handle)));
  self->OnTimer();
}

void NatsHandler::async_stop_callback(uv_async_t *handle) {
  auto *self = static_cast<NatsHandler *>(
      uv_handle_get_data(reinterpret_cast<uv_handle_t *>(handle)));
  self->OnStop();
}

bool NatsHandler::Init() {
  natsOptions *nats_opts = nullptr;
  if (natsOptions_Create(&nats_opts) != NATS_OK)
    return false;
  if (natsOptions_SetURL(nats_opts, m_settings->nats_url.c_str()) != NATS_OK) {
    natsOptions_Destroy(nats_opts);
    return false;
  }
  natsStatus status = natsConnection_Connect(&m_nats_conn, nats_opts);
  natsOptions_Destroy(nats_opts);
  if (status != NATS_OK)
    return false;

  status = natsConnection_Subscribe(&m_nats_sub, m_nats_conn,
                                    m_settings->nats_local_topic.c_str(),
                                    nats_message_cb, this);
  if (status != NATS_OK)
    return false;

  uv_timer_init(m_loop, &m_timer);
  uv_handle_set_data(reinterpret_cast<uv_handle_t *>(&m_timer), this);
  uv_timer_start(&m_timer, timer_callback, m_settings->nats_repeat_timeout, 0);

  uv_async_init(m_loop, &m_async_stop, NatsHandler::async_stop_callback);
  uv_handle_set_data(reinterpret_cast<uv_handle_t *>(&m_async_stop), this);
  return true;
}

void NatsHandler::Stop() {
  m_settings->stop = true;
  uv_async_send(&m_async_stop);
}
