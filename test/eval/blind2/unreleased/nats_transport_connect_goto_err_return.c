// SOURCE: public GitHub file, nats transport __nTrans_ConnectTo (search-index id 1651930269; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - natsConnection_Connect fills a local through its out-parameter; on NATS_OK it is stored in the returned transport, otherwise the 'err_return:' label destroys it (also reached before the connect, with it still NULL)
#include <nats/nats.h>
#include <stdlib.h>
#include <string.h>

typedef struct nTrans_s {
  struct {
    natsConnection *nc;
    natsStatus s;
  } conn;
  int sub_count;
} *nTrans;

static const char *last_err;
static int conn_count;

static void __natsTrans_ClosedCB(natsConnection *nc, void *closure) {
  (void)nc;
  (void)closure;
}

nTrans __nTrans_ConnectTo(natsOptions *opts) {
  natsConnection *nc = NULL;
  natsStatus s = NATS_OK;
  nTrans _out = calloc(1, sizeof(*_out));

  if (!_out)
    goto err_return;

  natsOptions_SetClosedCB(opts, __natsTrans_ClosedCB, _out);
  natsOptions_SetMaxReconnect(opts, -1);
  natsOptions_SetNoRandomize(opts, true);

  s = natsConnection_Connect(&nc, opts);

  if (s == NATS_OK) {
    _out->conn.nc = nc;
    _out->conn.s = s;
    conn_count++;
    return _out;
  }

err_return:
  natsConnection_Destroy(nc);
  free(_out);

  last_err = (s == NATS_OK) ? "out of memory" : natsStatus_GetText(s);
  return NULL;
}
