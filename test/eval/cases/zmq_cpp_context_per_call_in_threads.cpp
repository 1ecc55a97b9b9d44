// SOURCE: https://github.com/zeromq/libzmq/issues/2670 (test_zmq() makes a new zmq::context_t in two std::threads - and a REP socket in one - on every call; my_test() calls it in a loop until /dev/urandom fds run out)
// LIBRARY: zmq
// SHAPE: positive - contexts and a socket made and deleted inside std::thread lambdas that run once per loop iteration
#include <stdio.h>
#include <thread>
#include <zmq.hpp>

void test_zmq() {
  std::thread master_thread([&]() {
    zmq::context_t *zmq_ctx = new zmq::context_t(2); // EXPECT-WARN
    zmq::socket_t *server = new zmq::socket_t(*zmq_ctx, ZMQ_REP); // EXPECT-WARN
    server->bind("tcp://127.0.0.1:12345");
    delete server;
    delete zmq_ctx;
  });
  std::thread worker_thread([&]() {
    zmq::context_t *zmq_ctx = new zmq::context_t(2); // EXPECT-WARN
    delete zmq_ctx;
  });
  worker_thread.join();
  master_thread.join();
}

void my_test() {
  for (int i = 0; 1 < 1000000; i++) {
    test_zmq();
  }
}

int main(int argc, char *argv[]) {
  int major, minor, patch;
  zmq_version(&major, &minor, &patch);
  printf("Current 0MQ version is %d.%d.%d\n", major, minor, patch);
  my_test();
}
