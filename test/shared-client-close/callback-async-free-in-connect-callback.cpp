// hiredis frees an async context whose connection failed after the connect
// callback returns: freeing it in the callback is a double free. The
// callback may be registered as '&f' and the context cast in C style.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

// Frees a context that failed to connect, which the library frees next.
static void onConnect(const redisAsyncContext *Ac, int Status) {
  if (Status != REDIS_OK) {
    redisAsyncFree((redisAsyncContext *)Ac);
    // CHECK: :[[@LINE-1]]:5: warning: 'redisAsyncFree' frees the 'redisAsyncContext' inside its own callback; the library frees it after the callback returns [resource-shared-client-close]
    return;
  }
}

void watchConnection(redisAsyncContext *Ac) {
  redisAsyncSetConnectCallback(Ac, &onConnect);
}
