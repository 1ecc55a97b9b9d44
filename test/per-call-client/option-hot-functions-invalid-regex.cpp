// A HotFunctions value that is not a valid regular expression is reported as
// a configuration error naming the pattern and the problem; the other hot
// function evidence still works.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.HotFunctions: "handle(.*"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:' --implicit-check-not='error:'

// CHECK: {{^}}warning: invalid regular expression 'handle(.*' in option 'HotFunctions': parentheses not balanced [clang-tidy-config]

#include <hiredis/hiredis.h>
#include <httplib.h>

// Registered as a handler: reported as usual.
static void handleRegistered(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'handleRegistered'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'handleRegistered' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisFree(C);
}
static void registerHandleRegistered(httplib::Server &S) {
  S.Get("/a", handleRegistered);
}

// Only the broken pattern would make this function hot: not reported.
void handleUnregistered() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisFree(C);
}
