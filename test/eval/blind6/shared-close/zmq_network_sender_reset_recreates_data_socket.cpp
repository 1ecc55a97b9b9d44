// SOURCE: public GitHub file (HobotADAS zmq_sender.cpp, NetworkSender::ResetDataSender; search-index id 2515891206; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - when a REQ send fails the sender closes its own data socket and immediately creates and connects a new one in the same member (REQ sockets cannot send again before a reply); Fini closes everything once at the end (socket options reduced)
#include <zmq.h>

#include <chrono>
#include <string>
#include <thread>

class NetworkSender {
public:
  bool Init(const char *end_point) {
    end_point_ = end_point;
    context_ = zmq_ctx_new();
    data_send_ = zmq_socket(context_, ZMQ_REQ);
    zmq_setsockopt(data_send_, ZMQ_RCVTIMEO, &recv_timeout_, sizeof(int));
    return zmq_connect(data_send_, end_point) == 0;
  }

  void Fini() {
    zmq_close(data_send_);
    zmq_ctx_destroy(context_);
  }

  void SendDataMsg(zmq_msg_t &msg) {
    while (zmq_msg_send(&msg, data_send_, 0) < 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      ResetDataSender();
    }
  }

private:
  void ResetDataSender() {
    zmq_close(data_send_);
    data_send_ = zmq_socket(context_, ZMQ_REQ);
    int recv = 5000;
    zmq_setsockopt(data_send_, ZMQ_RCVTIMEO, &recv, sizeof(int));
    zmq_connect(data_send_, end_point_.c_str());
  }

  void *context_ = nullptr;
  void *data_send_ = nullptr;
  std::string end_point_;
  int recv_timeout_ = 5000;
};
