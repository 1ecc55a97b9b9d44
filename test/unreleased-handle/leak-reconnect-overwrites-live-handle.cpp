// Connecting again into the variable that still holds a failed context
// loses that context: the note points at the assignment that overwrites it.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>

// A retry that forgets to free the context whose connect failed.
bool ping(const char *Host, int Port) {
  redisContext *C = redisConnect(Host, Port);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'C' is overwritten here while it still holds it
  if (C == nullptr)
    return false;
  if (C->err)
    // Reconnects without redisFree(C) first.
    C = redisConnect(Host, Port);
  if (C == nullptr)
    return false;
  bool Ok = !C->err;
  freeReplyObject(redisCommand(C, "PING"));
  redisFree(C);
  return Ok;
}

// Control: redisReconnect reuses the same context, and freeing before
// connecting again loses nothing.
bool pingReconnect(const char *Host, int Port) {
  redisContext *C = redisConnect(Host, Port);
  if (C == nullptr)
    return false;
  if (C->err && redisReconnect(C) != REDIS_OK) {
    redisFree(C);
    C = redisConnect(Host, Port);
    if (C == nullptr)
      return false;
  }
  bool Ok = !C->err;
  redisFree(C);
  return Ok;
}
