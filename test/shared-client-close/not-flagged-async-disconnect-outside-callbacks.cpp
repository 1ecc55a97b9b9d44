// hiredis frees an async context after the connect and disconnect callbacks
// only. redisAsyncDisconnect in a reply callback is the documented way to
// close after a reply, and releasing a context held in a parameter outside
// any callback closes nothing shared.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

// A reply callback: not one after which the library frees the context.
static void onQuitReply(redisAsyncContext *Ac, void *Reply, void *) {
  redisAsyncDisconnect(Ac);
}

// Only logs: the library frees the context after this returns.
static void onDisconnect(const redisAsyncContext *, int) {}

void quitWhenDone(redisAsyncContext *Ac) {
  redisAsyncSetDisconnectCallback(Ac, onDisconnect);
  redisAsyncCommand(Ac, onQuitReply, nullptr, "QUIT");
}

// Gives up on a context that never got a callback registered.
void abandon(redisAsyncContext *Ac) {
  redisAsyncDisconnect(Ac);
}

// Frees a context whose connection failed at once, before any event loop.
redisAsyncContext *connectOrNull(const char *Host) {
  redisAsyncContext *Ac = redisAsyncConnect(Host, 6379);
  if (Ac != nullptr && Ac->err) {
    redisAsyncFree(Ac);
    return nullptr;
  }
  return Ac;
}
