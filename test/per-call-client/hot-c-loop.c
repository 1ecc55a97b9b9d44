// In C, a hiredis connection opened in a loop body is reported like in C++,
// but no shared-client rewrite is offered: there is no fix and no fix note,
// and applying fixes leaves the file unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c11 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.c
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.c -- -std=c11
// RUN: diff %s %t.c

#include <hiredis/hiredis.h>
#include <stddef.h>

// Every key is touched over a connection of its own.
void touchKeysEachOnItsOwnConnection(const char **Keys, size_t N) {
  for (size_t I = 0; I < N; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    if (C && !C->err)
      freeReplyObject(redisCommand(C, "TOUCH %s", Keys[I]));
    redisFree(C);
  }
}
