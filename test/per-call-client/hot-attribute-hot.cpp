// A function marked __attribute__((hot)) is frequently invoked: a redis++
// client constructed in it is constructed on every call.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <sw/redis++/redis++.h>

// The rate limiter is marked hot and builds a Redis client on every call.
__attribute__((hot)) bool allowRequestWithClientPerCall() {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'allowRequestWithClientPerCall'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE-3]]:27: note: 'allowRequestWithClientPerCall' is marked as frequently invoked
  return Redis.incr("requests") < 100;
}
