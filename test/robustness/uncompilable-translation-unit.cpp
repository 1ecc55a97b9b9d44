// Half-typed code (as clangd sees it while the user types): the checks stay
// silent on a translation unit with errors instead of guessing, and do not
// crash. The same code without the error is reported (control run).
// RUN: not %tidy -checks='-*,resource-*' %s -- -std=c++17 -DBROKEN | %diags \
// RUN:   | FileCheck %s --check-prefix=BROKEN --implicit-check-not='warning:'
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefix=CONTROL

#include <hiredis/hiredis.h>

void churn() {
  for (int I = 0; I < 10; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CONTROL: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop
#ifdef BROKEN
    redisCommand(C, "PING"
#endif
    redisFree(C);
  }
}

// BROKEN: error: expected ')'
