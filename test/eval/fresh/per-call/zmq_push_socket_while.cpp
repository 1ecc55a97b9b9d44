// SOURCE: https://github.com/zeromq/libzmq/issues/1135
// LIBRARY: zmq
// SHAPE: positive - main's while(true) builds a PUSH socket per message; the PULL socket in the async worker is created once before its loop (no warning there)
#include <zmq.hpp>

#include <cstring>
#include <future>
#include <iostream>
#include <string>

using namespace zmq;
using namespace std;

int main(int argc, char *argv[]) {
  context_t context(1);
  auto f = async(launch::async, [&]() {
    socket_t socket(context, ZMQ_PULL);
    socket.bind("inproc://internal");
    while (true) {
      message_t msg;
      socket.recv(&msg);
      cout << "received message: [" << string(static_cast<char *>(msg.data()), msg.size()) << "]" << endl;
    }
  });
  size_t index(0);
  while (true) {
    try {
      socket_t socket(context, ZMQ_PUSH); // EXPECT-WARN
      socket.connect("inproc://internal");
      auto str = string("message: ") + to_string(index);
      message_t msg(str.size());
      memcpy(msg.data(), str.data(), str.size());
      socket.send(msg);
      index++;
    } catch (const zmq::error_t &ex) {
      cout << "zmq error: " << ex.num() << ": " << ex.what() << endl;
      throw;
    }
  }
  f.wait();
}
