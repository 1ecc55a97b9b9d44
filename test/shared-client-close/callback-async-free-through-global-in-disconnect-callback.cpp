// A disconnect callback that frees the global holding its own context frees
// what hiredis frees after the callback returns, like freeing the parameter,
// even though the global is reset afterwards.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

redisAsyncContext *Subscriber = nullptr;

// Frees the subscriber through the global instead of the parameter.
static void onSubscriberDisconnect(const redisAsyncContext *, int) {
  redisAsyncFree(Subscriber);
  // CHECK: :[[@LINE-1]]:3: warning: 'redisAsyncFree' frees the 'redisAsyncContext' inside its own callback; the library frees it after the callback returns [resource-shared-client-close]
  Subscriber = nullptr;
}

void watchSubscriber() {
  redisAsyncSetDisconnectCallback(Subscriber, onSubscriberDisconnect);
}
