// A hiredis connection opened in the body of a for loop is opened on every
// iteration.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>

// Each key is counted over a connection of its own.
void countKeysEachOnItsOwnConnection(const char *const *Keys, int N) {
  for (int I = 0; I < N; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:23: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    if (!C || C->err)
      continue;
    freeReplyObject(redisCommand(C, "INCR %s", Keys[I]));
    redisFree(C);
  }
}
