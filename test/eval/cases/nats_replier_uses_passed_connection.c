// SOURCE: https://github.com/nats-io/nats.c/blob/main/examples/replier.c (onMsg replies with natsConnection_Publish on the nc the library passes in; the connection is made once in main)
// LIBRARY: nats
// SHAPE: negative - connection passed into the handler by the library; nothing is created per message
#include <nats/nats.h>
#include <stdio.h>

static volatile int done = 0;

static void onMsg(natsConnection *nc, natsSubscription *sub, natsMsg *msg, void *closure) {
  (void)sub;
  (void)closure;
  natsConnection_PublishString(nc, natsMsg_GetReply(msg), "here's some help");
  natsMsg_Destroy(msg);
}

int main(int argc, char **argv) {
  natsConnection *conn = NULL;
  natsOptions *opts = NULL;
  natsSubscription *sub = NULL;
  natsStatus s;
  (void)argc;
  (void)argv;
  s = natsOptions_Create(&opts);
  if (s == NATS_OK)
    s = natsOptions_SetURL(opts, NATS_DEFAULT_URL);
  if (s == NATS_OK)
    s = natsConnection_Connect(&conn, opts);
  if (s == NATS_OK)
    s = natsConnection_Subscribe(&sub, conn, "foo", onMsg, NULL);
  while ((s == NATS_OK) && !done)
    nats_Sleep(100);
  natsSubscription_Destroy(sub);
  natsConnection_Destroy(conn);
  natsOptions_Destroy(opts);
  nats_Close();
  return 0;
}
