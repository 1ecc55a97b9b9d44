// SOURCE: public GitHub file of the "jack talk" IPC module (search-index id 2415943537; zmq_ipc::initialize, deinitialize, recv_messages and the functions exported with pybind11; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: positive - (hard) the Python-callable deinitialize closes the singleton's socket and terminates its context but leaves both members set; recv_messages and send_messages, also callable from Python, go on using them (their exit flag is never set), and a second deinitialize closes them twice. The PYBIND11_MODULE block that exports the functions is left out
#include <cstring>
#include <string>
#include <zmq.h>

using string_t = std::string;

class zmq_ipc {
private:
  zmq_ipc() = default;
  ~zmq_ipc() = default;

public:
  static zmq_ipc &getinstance();
  bool initialize();
  void deinitialize();
  string_t recv_messages();
  bool send_messages(const string_t &sent_content);

private:
  void *m_context = nullptr;
  void *m_socket = nullptr;
  bool m_bexit = false;
};

zmq_ipc &zmq_ipc::getinstance() {
  static zmq_ipc m;
  return m;
}

bool zmq_ipc::initialize() {
  m_context = zmq_init(1);
  m_socket = zmq_socket(m_context, ZMQ_REP);
  return zmq_bind(m_socket, "tcp://*:5555") == 0;
}

void zmq_ipc::deinitialize() {
  zmq_close(m_socket); // EXPECT-WARN
  zmq_term(m_context); // EXPECT-WARN
}

string_t zmq_ipc::recv_messages() {
  string_t recv_content;
  if (m_bexit)
    return recv_content;
  zmq_msg_t recv_msg;
  zmq_msg_init(&recv_msg);
  if (zmq_msg_recv(&recv_msg, m_socket, 0) > 0) {
    auto recved = (string_t::value_type *)zmq_msg_data(&recv_msg);
    if (recved)
      recv_content = recved;
  }
  zmq_msg_close(&recv_msg);
  return recv_content;
}

bool zmq_ipc::send_messages(const string_t &sent_content) {
  if (sent_content.empty())
    return false;
  auto msg_len = (sent_content.size() + 1) * sizeof(string_t::value_type);
  zmq_msg_t send_msg;
  zmq_msg_init_size(&send_msg, msg_len);
  memcpy(zmq_msg_data(&send_msg), sent_content.c_str(), msg_len);
  zmq_msg_send(&send_msg, m_socket, 0);
  zmq_msg_close(&send_msg);
  return true;
}

// Exported to Python as initialize_jack_talk_ipc_svc,
// deinitialize_jack_talk_ipc_svc, recv_talk_message and send_talk_message.
bool initialize_ipc_svc() { return zmq_ipc::getinstance().initialize(); }
void deinitialize_ipc_svc() { zmq_ipc::getinstance().deinitialize(); }
string_t recv_messages() { return zmq_ipc::getinstance().recv_messages(); }
bool send_messages(const string_t &sent_content) {
  return zmq_ipc::getinstance().send_messages(sent_content);
}
