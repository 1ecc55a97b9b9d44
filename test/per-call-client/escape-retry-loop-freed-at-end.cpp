// A bounded retry loop makes one connection per attempt only until one
// succeeds: it is not a per-iteration acquisition. Run once it is fine; in a
// handler the connection is still made on every call, and the warning names
// the handler, not the loop.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>

// Run once at startup: the retry loop is not reported.
static void retryOnceAtStartup() {
  redisContext *C = nullptr;
  while (!C) {
    C = redisConnect("127.0.0.1", 6379);
    if (C->err) {
      redisFree(C);
      C = nullptr;
    }
  }
  redisCommand(C, "FLUSHALL");
  redisFree(C);
}

// Run on every request: reported as per call, with the handler as evidence.
static void retryInHandler(const httplib::Request &, httplib::Response &) {
  redisContext *C = nullptr;
  for (int Attempt = 0; Attempt < 3 && !C; ++Attempt) {
    C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:9: warning: 'redisConnect' creates a new 'redisContext' on every call to 'retryInHandler'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+12]]:3: note: 'retryInHandler' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-3]]:9: note: no automatic fix: 'C' is assigned again later
    if (C->err) {
      redisFree(C);
      C = nullptr;
    }
  }
  if (C)
    redisCommand(C, "PING");
  redisFree(C);
}
static void registerRetryInHandler(httplib::Server &S) {
  S.Get("/a", retryInHandler);
}

int main() { retryOnceAtStartup(); }
