// SOURCE: public GitHub file (ZmqPublisher: constructor creates context_/publisher_, destructor zmq_close + zmq_ctx_destroy; search-index id 26672119983; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: positive - rendered: a stop() method added for the owner's shutdown closes the socket and destroys the context without clearing the members; the destructor then closes and destroys them a second time
#include <zmq.h>
#include <string>

class ZmqPublisher {
public:
  explicit ZmqPublisher(const std::string &endpoint) {
    context_ = zmq_ctx_new();
    publisher_ = zmq_socket(context_, ZMQ_PUB);
    zmq_bind(publisher_, endpoint.c_str());
  }

  ~ZmqPublisher() {
    zmq_close(publisher_);
    zmq_ctx_destroy(context_);
  }

  void stop() {
    zmq_close(publisher_);      // EXPECT-WARN
    zmq_ctx_destroy(context_);  // EXPECT-WARN
  }

  void send(const std::string &message) { zmq_send(publisher_, message.c_str(), message.size(), 0); }

private:
  void *context_;
  void *publisher_;
};
