// SOURCE: public GitHub file, NagMQ broker start-up (search-index id 6820665; the index does not name its repository)
// LIBRARY: zmq
// SHAPE: positive - the ZAP socket is NULL-checked, but when zmq_bind fails the function returns -1 without zmq_close; on success it is handed to the ZAP thread
#include <pthread.h>
#include <stddef.h>
#include <syslog.h>
#include <zmq.h>

void *zap_handler(void *zapsock);

int start_zap(void *zmq_ctx, int curve_knownhosts) {
  if (curve_knownhosts) {
    pthread_t tid;

    void *zapsock = zmq_socket(zmq_ctx, ZMQ_REP); // EXPECT-WARN
    if (zapsock == NULL) {
      syslog(LOG_ERR, "Error creating ZAP socket");
      return -1;
    }

    if (zmq_bind(zapsock, "inproc://zeromq.zap.01") != 0) {
      syslog(LOG_ERR, "Error binding to ZAP endpoint");
      return -1;
    }
    int rc = pthread_create(&tid, NULL, zap_handler, zapsock);
    if (rc != 0) {
      syslog(LOG_ERR, "Error starting ZAP thread?");
      return -1;
    }
  }
  return 0;
}
