// Lambdas inside lambdas: a client made in an inner lambda that an outer
// lambda calls in a loop is reported once, at the inner lambda, with the
// loop as the reason; a lambda that makes one client and keeps it is not.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <hiredis/hiredis.h>

void nestedLambdas() {
  auto Outer = [] {
    for (int I = 0; I < 3; ++I) {
      auto Inner = [] {
        redisContext *C = redisConnect("127.0.0.1", 6379);
        // CHECK: :[[@LINE-1]]:27: warning: 'redisConnect' creates a new 'redisContext' on every call to the lambda; each one opens a new TCP connection to the Redis server [resource-per-call-client]
        // CHECK: :[[@LINE+3]]:7: note: the lambda is called in a loop in the lambda here
        redisFree(C);
      };
      Inner(); // the call in the loop
    }
  };
  Outer();
}

// Made once, before the loop, and used by every iteration: not reported.
void madeOnceOutsideTheLoop() {
  auto Run = [] {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    auto Ping = [C] { redisCommand(C, "PING"); };
    for (int I = 0; I < 3; ++I)
      Ping();
    redisFree(C);
  };
  Run();
}
