// A handle moved into another local and back is still held by one of them:
// setting the first to nullptr or assigning it back from the second loses
// nothing, and the final release or return ends it. Nothing is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <utility>

// Parked in a temporary while the original is cleared, then moved back.
void parkAndRestore() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisContext *Parked = std::move(C);
  C = nullptr;
  freeReplyObject(redisCommand(Parked, "PING"));
  C = std::move(Parked);
  redisFree(C);
}

// Moved out and back, then returned.
redisContext *roundTrip() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisContext *Other = std::move(C);
  C = std::move(Other);
  return C;
}

// std::exchange both ways.
void exchanged() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisContext *Taken = std::exchange(C, nullptr);
  freeReplyObject(redisCommand(Taken, "PING"));
  C = std::exchange(Taken, nullptr);
  redisFree(C);
}

// Control: cleared while nothing else holds it.
void cleared() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+2]]:3: note: it leaks when 'C' is overwritten here while it still holds it
  freeReplyObject(redisCommand(C, "PING"));
  C = nullptr;
  redisFree(C);
}
