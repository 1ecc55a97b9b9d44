// SOURCE: public GitHub file (bserver_db.cpp; search-index id 33057746095; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the connect and disconnect callbacks only forget the global async context (hiredis frees it) and stop the server; bserver_db_fini, run once at shutdown, disconnects it when still set
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <event2/event.h>
#include <stdio.h>

struct event_base *g_event_base;
redisAsyncContext *g_dbconn;

void bserver_terminate(void) { event_base_loopbreak(g_event_base); }

static void bserver_db_connect_callback(const redisAsyncContext *c, int status) {
  if (status != REDIS_OK) {
    fprintf(stderr, "Redis Connected failed [%s]\n", c->errstr);
    g_dbconn = NULL;
    bserver_terminate();
  }
}

static void bserver_db_disconnect_callback(const redisAsyncContext *c,
                                           int status) {
  if (status != REDIS_OK) {
    fprintf(stderr, "Redis disconnected [%s]\n", c->errstr);
    g_dbconn = NULL;
    bserver_terminate();
  }
}

int bserver_db_init(const char *host, int port) {
  g_dbconn = redisAsyncConnect(host, port);
  redisLibeventAttach(g_dbconn, g_event_base);
  redisAsyncSetConnectCallback(g_dbconn, bserver_db_connect_callback);
  redisAsyncSetDisconnectCallback(g_dbconn, bserver_db_disconnect_callback);
  return 0;
}

void bserver_db_fini(void) {
  if (g_dbconn != NULL) {
    redisAsyncDisconnect(g_dbconn);
  }
}
