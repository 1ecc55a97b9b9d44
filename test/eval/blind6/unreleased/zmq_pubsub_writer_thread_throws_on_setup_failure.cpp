// SOURCE: public GitHub file (ZmqPubSub::WriterThread; search-index id 3318644604; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: positive - the writer thread makes a context and a PUB socket and throws when the socket cannot be made or bound, leaving the context (and the socket) unclosed; the normal end of the thread closes both
#include <zmq.h>
#include <atomic>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

class ZmqPubSub {
public:
  void WriterThread(const std::string &address);

private:
  std::shared_ptr<std::vector<char>> PopBufferQueue();
  std::atomic<bool> m_ThreadActive{true};
};

void ZmqPubSub::WriterThread(const std::string &address) {
  void *context = zmq_ctx_new(); // EXPECT-WARN
  if (not context)
    throw std::runtime_error("creating zmq context failed");
  void *socket = zmq_socket(context, ZMQ_PUB); // EXPECT-WARN
  if (not socket)
    throw std::runtime_error("creating zmq socket failed");
  int error = zmq_bind(socket, address.c_str());
  if (error)
    throw std::runtime_error("binding zmq socket failed");
  while (m_ThreadActive) {
    auto buffer = PopBufferQueue();
    if (buffer != nullptr and buffer->size() > 0)
      zmq_send(socket, buffer->data(), buffer->size(), ZMQ_DONTWAIT);
  }
  if (socket)
    zmq_close(socket);
  if (context)
    zmq_ctx_destroy(context);
}
