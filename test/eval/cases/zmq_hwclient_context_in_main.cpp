// SOURCE: https://github.com/booksbyus/zguide/blob/master/examples/C++/hwclient.cpp (one context and one REQ socket in main; ten request/reply round trips in a loop)
// LIBRARY: zmq
// SHAPE: negative - context and socket made once before the loop in main
#include <iostream>
#include <string>
#include <zmq.hpp>

int main() {
  zmq::context_t context(1);
  zmq::socket_t socket(context, ZMQ_REQ);
  std::cout << "Connecting to hello world server..." << std::endl;
  socket.connect("tcp://localhost:5555");
  for (int request_nbr = 0; request_nbr != 10; request_nbr++) {
    zmq::message_t request(5);
    memcpy(request.data(), "Hello", 5);
    std::cout << "Sending Hello " << request_nbr << "..." << std::endl;
    socket.send(request, zmq::send_flags::none);
    zmq::message_t reply;
    (void)socket.recv(reply, zmq::recv_flags::none);
    std::cout << "Received World " << request_nbr << std::endl;
  }
  return 0;
}
