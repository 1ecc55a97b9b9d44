// A teardown helper that main calls as its last use of the clients, right
// before it returns, runs once at the end of the program, whatever its name
// and however deep the helper chain: the globals it closes are not left
// for anyone. Called from main with more of the program's own code after
// it, it is reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -x c \
// RUN:   -std=gnu11 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>
#include <zmq.h>

static void *Ctx;
static void *Server;
static redisContext *Cache;

static void serverExit(void) { zmq_close(Server); }

static void ioExit(void) {
  serverExit();
  zmq_ctx_destroy(Ctx);
}

static void dropCache(void) {
  redisFree(Cache);
  // CHECK: :[[@LINE-1]]:3: warning: 'redisFree' closes 'Cache' but leaves it holding the closed 'redisContext'; the next call through it uses a closed client [resource-shared-client-close]
  // CHECK: :[[@LINE-12]]:22: note: 'Cache' outlives this call
}

int serveRequests(void);

int main(void) {
  Ctx = zmq_ctx_new();
  Server = zmq_socket(Ctx, ZMQ_REP);
  Cache = redisConnect("127.0.0.1", 6379);
  dropCache();
  int Rc = serveRequests();
  ioExit();
  return Rc;
}
