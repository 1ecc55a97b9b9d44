// SOURCE: public GitHub file (nats-pub.c, nats_pub_init; search-index id 67170680619; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - status-chained setup; options are destroyed on every path, and on any failure the connection (if one was made) is destroyed and the global reset; on success the connection stays in the file-scope global
#include <nats/nats.h>
#include <stdio.h>

static natsConnection *conn = NULL;
static jsCtx *js = NULL;

int nats_pub_init(const char *url) {
  natsStatus s;
  natsOptions *opts = NULL;

  s = natsOptions_Create(&opts);
  if (s == NATS_OK && url)
    s = natsOptions_SetURL(opts, url);
  if (s == NATS_OK)
    s = natsConnection_Connect(&conn, opts);
  if (s == NATS_OK)
    s = natsConnection_JetStream(&js, conn, NULL);

  natsOptions_Destroy(opts);

  if (s != NATS_OK) {
    fprintf(stderr, "Error connecting to NATS: %s\n", natsStatus_GetText(s));
    if (conn) {
      natsConnection_Destroy(conn);
      conn = NULL;
    }
    return -1;
  }
  return 0;
}
