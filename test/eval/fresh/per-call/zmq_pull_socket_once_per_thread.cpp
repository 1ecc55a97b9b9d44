// SOURCE: https://github.com/zeromq/libzmq/issues/1135 (the receiving side of the test program)
// LIBRARY: zmq
// SHAPE: negative - the PULL socket is created once in the async worker, before its receive loop
#include <zmq.hpp>

#include <future>
#include <iostream>
#include <string>

using namespace zmq;

std::future<void> start_receiver(context_t &context) {
  return std::async(std::launch::async, [&]() {
    socket_t socket(context, ZMQ_PULL);
    socket.bind("inproc://internal");
    while (true) {
      message_t msg;
      socket.recv(&msg);
      std::cout << "received message: [" << std::string(static_cast<char *>(msg.data()), msg.size()) << "]"
                << std::endl;
    }
  });
}
