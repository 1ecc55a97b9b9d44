// SOURCE: https://github.com/Ascend/TransferQueue/pull/145 ("with_zmq_socket ... created a brand-new zmq.asyncio.Context per call ... and term()-ed the context in the finally block for every decorated call") and https://github.com/zeromq/lzmq/issues/4 (query_log() makes a context + socket per call inside while true) - rendered with cppzmq
// LIBRARY: zmq
// SHAPE: positive - RPC helper builds a context and a socket per call; the controller polls it in a loop
#include <string>
#include <zmq.hpp>

static std::string rpc_call(const std::string &endpoint, const std::string &payload) {
  zmq::context_t context; // EXPECT-WARN
  zmq::socket_t sock(context, zmq::socket_type::req); // EXPECT-WARN
  sock.set(zmq::sockopt::linger, 0);
  sock.connect(endpoint);
  sock.send(zmq::buffer(payload), zmq::send_flags::none);
  zmq::message_t reply;
  (void)sock.recv(reply, zmq::recv_flags::none);
  return reply.to_string();
}

void poll_storage_units(int n) {
  for (int i = 0; i < n; ++i)
    rpc_call("tcp://storage-" + std::to_string(i) + ":5555", "{\"op\":\"status\"}");
}
