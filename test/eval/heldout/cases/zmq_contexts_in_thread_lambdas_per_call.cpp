// SOURCE: github.com/zeromq/libzmq/issues/2670 ("a bug occurs when using 2 zmq context_t concurrently": test_zmq() starts two std::threads whose lambdas `new zmq::context_t(2)` (and a REP socket) and delete them; my_test() calls test_zmq() in a loop of 1,000,000 iterations until /dev/urandom handles run out)
// LIBRARY: zmq
// SHAPE: positive - contexts (and a socket) created inside lambdas given to std::thread, in a function called from a loop; all deleted before the threads end
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
  for (int i = 0; i < 1000000; i++) {
    test_zmq();
  }
}

int main(int argc, char *argv[]) {
  (void)argc;
  (void)argv;
  int major, minor, patch;
  zmq_version(&major, &minor, &patch);
  printf("Current ØMQ version is %d.%d.%d\n", major, minor, patch);
  my_test();
}
