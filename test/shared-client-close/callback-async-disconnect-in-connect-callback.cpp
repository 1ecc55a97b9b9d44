// redisAsyncDisconnect is a release of the async context too (model
// 'release'): in hiredis 0.14 it frees a context without pending replies at
// once, inside the connect callback, and hiredis then reads the freed
// context when the callback returns.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

// Only checks that the server is reachable, then drops the connection.
static void onProbeConnected(const redisAsyncContext *Ac, int Status) {
  if (Status == REDIS_OK)
    redisAsyncDisconnect(const_cast<redisAsyncContext *>(Ac));
  // CHECK: :[[@LINE-1]]:5: warning: 'redisAsyncDisconnect' frees the 'redisAsyncContext' inside its own callback; the library frees it after the callback returns [resource-shared-client-close]
}

void probe(redisAsyncContext *Ac) {
  redisAsyncSetConnectCallback(Ac, onProbeConnected);
}
