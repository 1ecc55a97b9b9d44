// SOURCE: public GitHub file (RediSearch coordinator, MRConn_ConnectCallback: "We need to free it here because we will not be getting a disconnect callback" - frees only when status == REDIS_OK and the connection was already detached; search-index id 53173722263; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - hiredis frees a context only after a failed connect or a disconnect; a context whose connect succeeded and whose owner is gone must be freed by the application, and this branch does exactly that
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>

typedef struct MRConn {
  redisAsyncContext *conn;
  int state;
} MRConn;

static void MRConn_ConnectCallback(const redisAsyncContext *c, int status) {
  MRConn *conn = c->data;
  if (!conn) {
    if (status == REDIS_OK) {
      /* no disconnect callback will come for this orphan */
      redisAsyncFree((redisAsyncContext *)c);
    }
    return;
  }
  if (status != REDIS_OK) {
    fprintf(stderr, "Error on connect: %s\n", c->errstr);
    conn->conn = NULL;
    conn->state = 0;
    return;
  }
  conn->state = 2;
}

int MRConn_StartNewConnection(MRConn *conn, const char *host, int port) {
  redisAsyncContext *c = redisAsyncConnect(host, port);
  if (c == NULL || c->err)
    return -1;
  c->data = conn;
  conn->conn = c;
  redisAsyncSetConnectCallback(c, MRConn_ConnectCallback);
  return 0;
}
