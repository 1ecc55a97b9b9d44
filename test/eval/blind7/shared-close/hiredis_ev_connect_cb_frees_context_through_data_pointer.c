// SOURCE: public GitHub file (EV::Hiredis connect_common: self->ac->data = (void*)self; redisAsyncSetConnectCallback(self->ac, EV__hiredis_connect_cb); the real connect callback sets self->ac = NULL on failure; search-index id 6748108400; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive (hard) - rendered bug: the connect callback finds its owner through c->data and, on a failed connection, frees the owner's context with redisAsyncFree(self->ac) before clearing it; hiredis frees that same context when the callback returns. The release goes through a struct reached from the context, neither the parameter nor a global, which the docs do not promise to follow (expected FN)
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct ev_hiredis {
  redisAsyncContext *ac;
  char error[128];
} ev_hiredis_t;

static void emit_error(ev_hiredis_t *self, const char *msg) { snprintf(self->error, sizeof self->error, "%s", msg); }

static void ev_hiredis_connect_cb(const redisAsyncContext *c, int status) {
  ev_hiredis_t *self = (ev_hiredis_t *)c->data;
  if (status != REDIS_OK) {
    emit_error(self, c->errstr);
    redisAsyncFree(self->ac); // EXPECT-WARN
    self->ac = NULL;
  }
}

static void ev_hiredis_disconnect_cb(const redisAsyncContext *c, int status) {
  ev_hiredis_t *self = (ev_hiredis_t *)c->data;
  (void)status;
  self->ac = NULL;
}

int ev_hiredis_connect(ev_hiredis_t *self, const char *host, int port) {
  self->ac = redisAsyncConnect(host, port);
  if (self->ac == NULL)
    return -1;
  self->ac->data = self;
  redisAsyncSetConnectCallback(self->ac, ev_hiredis_connect_cb);
  redisAsyncSetDisconnectCallback(self->ac, ev_hiredis_disconnect_cb);
  return 0;
}
