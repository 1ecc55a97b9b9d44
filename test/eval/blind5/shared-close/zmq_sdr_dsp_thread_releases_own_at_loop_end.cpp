// SOURCE: public GitHub file (search-index id 57351279873; the index does not name its repository): an SDR pipeline's dsp_consumer thread makes its own zmq context and PUB socket, publishes classifications while running, and closes both after its loop; main joins it on shutdown
// LIBRARY: zmq
// SHAPE: negative - a thread entry point releases the context and socket it created itself, once, after its loop ends
#include <zmq.h>
#include <atomic>
#include <string>
#include <thread>

static std::atomic<bool> running{true};

static void dsp_consumer() {
  void *context = zmq_ctx_new();
  void *publisher = zmq_socket(context, ZMQ_PUB);
  zmq_bind(publisher, "tcp://*:5557");
  while (running) {
    std::string payload = "{\"modulation\":\"QPSK\"}";
    zmq_send(publisher, payload.data(), payload.size(), 0);
  }
  zmq_close(publisher);
  zmq_ctx_destroy(context);
}

int main() {
  std::thread t2(dsp_consumer);
  running = false;
  if (t2.joinable())
    t2.join();
  return 0;
}
