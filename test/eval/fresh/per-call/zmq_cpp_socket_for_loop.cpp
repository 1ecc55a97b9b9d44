// SOURCE: https://github.com/zeromq/cppzmq/issues/257
// LIBRARY: zmq
// SHAPE: positive - a socket is opened and closed in every iteration of the loop ("frequently opening and closing sockets is an antipattern")
#include <zmq.hpp>

int main() {
  zmq::context_t context;
  for (;;) {
    zmq::socket_t s(context, ZMQ_DEALER); // EXPECT-WARN
  }
}
