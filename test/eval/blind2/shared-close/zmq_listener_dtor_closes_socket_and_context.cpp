// SOURCE: public GitHub file (ntopng BGPPrefixListener.cpp; search-index id 62229772711; the index does not name its repository)
// LIBRARY: zeromq
// SHAPE: negative - the listener owns its ZeroMQ context and SUB socket; its destructor stops the polling thread, waits for it, and then closes the socket and destroys the context (the constructor's connect-failure path and the prefix parsing cut)
#include <zmq.h>

#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#define CONST_BGP_PREFIX_TOPIC "bgp"

class BGPPrefixListener {
public:
  explicit BGPPrefixListener(const char *url);
  ~BGPPrefixListener();
  void poll();
  void termBGPPrefixUpdatesPolling() { terminate = true; }
  bool is_polling() const { return polling; }

private:
  void *context = nullptr;
  void *sock = nullptr;
  pthread_t threadId;
  std::atomic<bool> polling{false};
  std::atomic<bool> terminate{false};
};

static void *startPolling(void *arg) {
  BGPPrefixListener *l = (BGPPrefixListener *)arg;
  l->poll();
  return (NULL);
}

BGPPrefixListener::BGPPrefixListener(const char *url) {
  context = zmq_ctx_new();
  if (context == NULL)
    return;
  sock = zmq_socket(context, ZMQ_SUB);
  zmq_connect(sock, url);
  zmq_setsockopt(sock, ZMQ_SUBSCRIBE, CONST_BGP_PREFIX_TOPIC,
                 strlen(CONST_BGP_PREFIX_TOPIC));
  polling = true;
  pthread_create(&threadId, nullptr, startPolling, this);
}

void BGPPrefixListener::poll() {
  char buf[512];
  while (!terminate) {
    if (zmq_recv(sock, buf, sizeof(buf), ZMQ_DONTWAIT) < 0)
      usleep(100000);
  }
  polling = false;
}

BGPPrefixListener::~BGPPrefixListener() {
  termBGPPrefixUpdatesPolling();
  while (is_polling())
    sleep(1);

  if (sock)
    zmq_close(sock);
  if (context)
    zmq_ctx_destroy(context);
}
