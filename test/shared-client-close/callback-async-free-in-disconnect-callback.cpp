// hiredis frees an async context itself after its disconnect callback
// returns: freeing it again inside the callback is a double free.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <cstdio>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

// Logs the disconnect and frees the context the library is about to free.
static void onDisconnect(const redisAsyncContext *Ac, int Status) {
  if (Status != REDIS_OK)
    std::fprintf(stderr, "redis: %s\n", Ac->errstr);
  redisAsyncFree(const_cast<redisAsyncContext *>(Ac));
  // CHECK: :[[@LINE-1]]:3: warning: 'redisAsyncFree' frees the 'redisAsyncContext' inside its own callback; the library frees it after the callback returns [resource-shared-client-close]
}

redisAsyncContext *subscribe(const char *Host) {
  redisAsyncContext *Ac = redisAsyncConnect(Host, 6379);
  if (Ac == nullptr || Ac->err)
    return Ac;
  redisAsyncSetDisconnectCallback(Ac, onDisconnect);
  return Ac;
}
