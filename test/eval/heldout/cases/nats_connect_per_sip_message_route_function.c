// SOURCE: github.com/kamailio/kamailio/pull/2915 ("nats: Add publish function": "When the function is called, the routing process tries to connect to the url (param) and tries to send the payload (param) to the subject queue"; later replaced by publisher workers with persistent connections, src/modules/nats/nats_pub.c); rendered with kamailio's UDP receive loop -> receive_msg -> route -> exported function chain written as direct calls
// LIBRARY: nats
// SHAPE: positive - natsConnection_ConnectTo inside the script-exported publish function, three calls below the SIP receive loop; destroyed after one publish
#include <nats/nats.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

typedef struct sip_msg { char *buf; int len; } sip_msg_t;

static int w_nats_publish_f(sip_msg_t *msg, char *url, char *subj, char *payload) {
  natsConnection *conn = NULL;
  natsStatus s;
  (void)msg;
  s = natsConnection_ConnectTo(&conn, url); // EXPECT-WARN
  if (s != NATS_OK) {
    fprintf(stderr, "could not connect to [%s] error [%s]\n", url, natsStatus_GetText(s));
    return -1;
  }
  s = natsConnection_PublishString(conn, subj, payload);
  if (s != NATS_OK)
    fprintf(stderr, "could not publish to subject [%s] error [%s]\n", subj, natsStatus_GetText(s));
  natsConnection_Destroy(conn);
  return 1;
}

/* request_route { nats_publish("nats://127.0.0.1:4222", "sip.events", "$rm $ru"); } */
static int run_top_route(sip_msg_t *msg) {
  return w_nats_publish_f(msg, "nats://127.0.0.1:4222", "sip.events", msg->buf);
}

static int receive_msg(char *buf, int len) {
  sip_msg_t msg = {buf, len};
  return run_top_route(&msg);
}

int udp_rcv_loop(int sock) {
  char buf[65536];
  for (;;) {
    long len = recvfrom(sock, buf, sizeof(buf) - 1, 0, NULL, NULL);
    if (len <= 0) continue;
    buf[len] = 0;
    receive_msg(buf, (int)len);
  }
}
