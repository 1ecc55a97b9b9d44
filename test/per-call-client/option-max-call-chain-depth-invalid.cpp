// A MaxCallChainDepth that is not a non-negative integer is reported as a
// configuration error naming the value and the option, and the default (3)
// is used instead, so a helper two calls below a handler is still reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.MaxCallChainDepth: deep}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,WORD --implicit-check-not='warning:' --implicit-check-not='note:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.MaxCallChainDepth: -1}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,NEGATIVE --implicit-check-not='warning:' --implicit-check-not='note:' --implicit-check-not='error:'

// WORD: {{^}}warning: invalid configuration value 'deep' for option 'resource-per-call-client.MaxCallChainDepth'; expected an integer [clang-tidy-config]
// FIXME: -1 is an integer; clang-tidy's own wording for unsigned options
// would better say "expected a non-negative integer". Acceptable for now.
// NEGATIVE: {{^}}warning: invalid configuration value '-1' for option 'resource-per-call-client.MaxCallChainDepth'; expected an integer [clang-tidy-config]

#include <hiredis/hiredis.h>
#include <httplib.h>

// Two calls below the handler.
static void connectAndPing() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'connectAndPing'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:25: note: 'connectAndPing' is called by 'refresh' here
  // CHECK: :[[@LINE+8]]:3: note: 'refresh' is called by 'handle' here
  // CHECK: :[[@LINE+10]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-5]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void refresh() { connectAndPing(); }
static void handle(const httplib::Request &, httplib::Response &) {
  refresh();
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}
