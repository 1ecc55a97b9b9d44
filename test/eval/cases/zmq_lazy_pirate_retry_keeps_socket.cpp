// SOURCE: https://github.com/booksbyus/zguide/blob/master/examples/C++/lpclient.cpp (Lazy Pirate client: one context; the REQ socket is only replaced after a reply timeout, and the new one is kept for the next requests)
// LIBRARY: zmq
// SHAPE: negative - retry loop that keeps the replacement socket across iterations; context made once in main
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <zmq.hpp>

#define REQUEST_TIMEOUT 2500
#define REQUEST_RETRIES 3

static zmq::socket_t *s_client_socket(zmq::context_t &context) {
  std::cout << "I: connecting to server..." << std::endl;
  zmq::socket_t *client = new zmq::socket_t(context, ZMQ_REQ);
  client->connect("tcp://localhost:5555");
  int linger = 0;
  client->setsockopt(ZMQ_LINGER, &linger, sizeof(linger));
  return client;
}

int main() {
  zmq::context_t context(1);
  zmq::socket_t *client = s_client_socket(context);
  int sequence = 0;
  int retries_left = REQUEST_RETRIES;
  while (retries_left) {
    std::stringstream request;
    request << ++sequence;
    client->send(zmq::buffer(request.str()), zmq::send_flags::none);
    bool expect_reply = true;
    while (expect_reply) {
      zmq::pollitem_t items[] = {{static_cast<void *>(*client), 0, ZMQ_POLLIN, 0}};
      zmq::poll(&items[0], 1, std::chrono::milliseconds(REQUEST_TIMEOUT));
      if (items[0].revents & ZMQ_POLLIN) {
        zmq::message_t reply;
        (void)client->recv(reply, zmq::recv_flags::none);
        retries_left = REQUEST_RETRIES;
        expect_reply = false;
      } else if (--retries_left == 0) {
        std::cout << "E: server seems to be offline, abandoning" << std::endl;
        expect_reply = false;
        break;
      } else {
        std::cout << "W: no response from server, retrying..." << std::endl;
        delete client;
        client = s_client_socket(context);
        client->send(zmq::buffer(request.str()), zmq::send_flags::none);
      }
    }
  }
  delete client;
  return 0;
}
