// SOURCE: public GitHub file (motorDriver: natsConnection_Subscribe(&cmd_sub_, nc_, cmd_topic, commandCallback, this); search-index id 66362772919; the index does not name its repository)
// LIBRARY: nats
// SHAPE: positive - rendered in C with a global connection: the subscription's message handler publishes its reply through the process's one natsConnection and destroys it when the publish fails, leaving it dangling for the next message and for every other user
#include <nats/nats.h>
#include <stdio.h>

static natsConnection *g_nc = NULL;
static natsSubscription *g_cmd_sub = NULL;

static void commandCallback(natsConnection *nc, natsSubscription *sub, natsMsg *msg, void *closure) {
  (void)nc;
  (void)sub;
  (void)closure;
  natsStatus s = natsConnection_PublishString(g_nc, "hal.v1.actuator.motor.ack", natsMsg_GetData(msg));
  if (s != NATS_OK) {
    fprintf(stderr, "ack failed: %s\n", natsStatus_GetText(s));
    natsConnection_Destroy(g_nc); // EXPECT-WARN
  }
  natsMsg_Destroy(msg);
}

int motor_run(void) {
  natsStatus s = natsConnection_ConnectTo(&g_nc, NATS_DEFAULT_URL);
  if (s != NATS_OK)
    return -1;
  return natsConnection_Subscribe(&g_cmd_sub, g_nc, "hal.v1.actuator.motor.cmd", commandCallback, NULL) == NATS_OK ? 0 : -1;
}
