// SOURCE: github.com/zeromq/cppzmq/issues/257 ("`Too many open files` error when opening and closing socket too frequently": `zmq::context_t context; for(;;) { zmq::socket_t s (context, ZMQ_DEALER); }`; sigiesec: "frequently opening and closing sockets is an antipattern"); the loop body's send is added
// LIBRARY: zmq
// SHAPE: positive - socket_t constructed in every iteration of an endless loop; the context is made once before the loop and must not be reported
#include <zmq.hpp>
#include <string>

int main() {
  zmq::context_t context;
  for (;;) {
    zmq::socket_t s(context, ZMQ_DEALER); // EXPECT-WARN
    s.connect("tcp://127.0.0.1:5555");
    std::string msg = "ping";
    s.send(zmq::buffer(msg), zmq::send_flags::dontwait);
  }
}
