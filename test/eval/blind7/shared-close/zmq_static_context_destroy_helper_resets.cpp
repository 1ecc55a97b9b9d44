// SOURCE: public GitHub file (ZMQ messenger base: static createContext() / static destroyContext() { if (context_) { zmq_ctx_destroy(context_); context_ = nullptr; } }; search-index id 66525590949; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: negative - a class's static context is destroyed by a static teardown helper that resets it; the application calls it once after its messengers are gone (rendered: the call from main)
#include <zmq.h>
#include <stdexcept>
#include <string>

class MessengerBase {
public:
  static void createContext() {
    if (!context_) {
      context_ = zmq_ctx_new();
      if (!context_)
        throw std::runtime_error("Failed to create ZMQ context");
    }
  }

  static void destroyContext() {
    if (context_) {
      zmq_ctx_destroy(context_);
      context_ = nullptr;
    }
  }

  void bind(const std::string &endpoint) {
    socket_ = zmq_socket(context_, ZMQ_PUB);
    zmq_bind(socket_, endpoint.c_str());
  }
  ~MessengerBase() {
    if (socket_)
      zmq_close(socket_);
  }

private:
  static void *context_;
  void *socket_ = nullptr;
};

void *MessengerBase::context_ = nullptr;

int main() {
  MessengerBase::createContext();
  {
    MessengerBase pub;
    pub.bind("tcp://*:5556");
  }
  MessengerBase::destroyContext();
  return 0;
}
