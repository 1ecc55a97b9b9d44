// SOURCE: github.com/zeromq/jeromq/issues/183 ("Too many open files" after hours: ZMQ.context(1) + PUSH socket created, used and terminated for every observation inside a backend class); rendered with the libzmq C API
// LIBRARY: zmq
// SHAPE: positive - zmq_ctx_new and zmq_socket inside a helper called for every reading of a polling loop; both closed before return
#include <zmq.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int send_observation(const char *device, const char *message) {
  void *context = zmq_ctx_new(); // EXPECT-WARN
  void *sender = zmq_socket(context, ZMQ_PUSH); // EXPECT-WARN
  char body[512];
  zmq_connect(sender, "tcp://127.0.0.1:8083");
  zmq_send(sender, device, strlen(device), ZMQ_SNDMORE);
  zmq_send(sender, "obs", 3, ZMQ_SNDMORE);
  snprintf(body, sizeof(body), "[%s]", message);
  zmq_send(sender, body, strlen(body), 0);
  zmq_close(sender);
  zmq_ctx_term(context);
  return 0;
}

static int read_sensor(char *out, size_t n) {
  return snprintf(out, n, "{\"t\": 21.5}") > 0;
}

int main(void) {
  char reading[256];
  for (;;) {
    if (read_sensor(reading, sizeof(reading)))
      send_observation("station-7", reading);
    usleep(200000);
  }
}
