// A disconnect callback that frees the global holding its own context frees
// what hiredis frees after the callback returns, like freeing the parameter.
// FIXME: should warn ("'redisAsyncFree' frees the 'redisAsyncContext'
// inside its own callback; ..."); only a release of the callback's own
// parameter is recognised, and the global is reset afterwards, so nothing is
// reported today.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

redisAsyncContext *Subscriber = nullptr;

// Frees the subscriber through the global instead of the parameter.
static void onSubscriberDisconnect(const redisAsyncContext *, int) {
  redisAsyncFree(Subscriber);
  Subscriber = nullptr;
}

void watchSubscriber() {
  redisAsyncSetDisconnectCallback(Subscriber, onSubscriberDisconnect);
}
