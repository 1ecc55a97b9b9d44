// SOURCE: github.com/kamailio/kamailio src/modules/nats/nats_pub.c (current version: w_nats_publish() only writes a delivery pointer to a worker pipe; _nats_pub_worker_cb(), the uv_poll callback of each publisher worker, publishes with worker->nc->conn, a connection opened once when the worker starts)
// LIBRARY: nats
// SHAPE: negative - the per-message libuv poll callback publishes over a connection stored in the worker struct at start-up
#include <nats/nats.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <uv.h>

typedef struct nats_connection { natsConnection *conn; natsOptions *opts; } nats_connection, *nats_connection_ptr;
typedef struct { int fd; nats_connection_ptr nc; uv_loop_t *uvLoop; uv_poll_t poll; } nats_pub_worker_t;
typedef struct { char *subject; char *payload; char *reply; } nats_pub_delivery, *nats_pub_delivery_ptr;

int nats_init_connection(nats_connection_ptr c, const char *url) {
  natsStatus s = natsOptions_Create(&c->opts);
  if (s == NATS_OK) s = natsOptions_SetURL(c->opts, url);
  if (s == NATS_OK) s = natsConnection_Connect(&c->conn, c->opts);
  return s == NATS_OK ? 0 : -1;
}

void _nats_pub_worker_cb(uv_poll_t *handle, int status, int events) {
  natsStatus s = NATS_OK;
  nats_pub_delivery_ptr ptr;
  nats_pub_worker_t *worker = (nats_pub_worker_t *)uv_handle_get_data((uv_handle_t *)handle);
  (void)status;
  (void)events;
  if (read(worker->fd, &ptr, sizeof(ptr)) != sizeof(ptr)) return;
  if (ptr->reply)
    s = natsConnection_PublishRequestString(worker->nc->conn, ptr->subject, ptr->reply, ptr->payload);
  else
    s = natsConnection_PublishString(worker->nc->conn, ptr->subject, ptr->payload);
  if (s != NATS_OK) fprintf(stderr, "could not publish to subject [%s]\n", ptr->subject);
  free(ptr);
}

void nats_pub_worker_proc(nats_pub_worker_t *worker, const char *url) {
  worker->nc = calloc(1, sizeof(nats_connection));
  nats_init_connection(worker->nc, url);
  worker->uvLoop = uv_default_loop();
  uv_poll_init(worker->uvLoop, &worker->poll, worker->fd);
  uv_handle_set_data((uv_handle_t *)&worker->poll, worker);
  uv_poll_start(&worker->poll, UV_READABLE, _nats_pub_worker_cb);
  uv_run(worker->uvLoop, UV_RUN_DEFAULT);
}
