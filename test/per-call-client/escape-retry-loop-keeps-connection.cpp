// A bounded retry loop that frees failed attempts and keeps the connection it
// finally made does not make one connection per iteration, and the one it
// keeps outlives the call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>

static redisContext *Kept;

// The connection made by the last attempt is stored in a global.
static void retryIntoGlobal() {
  redisContext *C = nullptr;
  while (!C) {
    C = redisConnect("127.0.0.1", 6379);
    if (C->err) {
      redisFree(C);
      C = nullptr;
    }
  }
  Kept = C;
}

// The connection made by the last attempt is returned.
static redisContext *retryAndReturn() {
  redisContext *C = nullptr;
  for (int Attempt = 0; Attempt < 5 && !C; ++Attempt) {
    C = redisConnect("127.0.0.1", 6379);
    if (C && C->err) {
      redisFree(C);
      C = nullptr;
    }
  }
  return C;
}

// The connection made by the last attempt goes to an out-parameter.
static void retryIntoOutParameter(redisContext *&Out) {
  redisContext *C = nullptr;
  while (!C) {
    C = redisConnect("127.0.0.1", 6379);
    if (C->err) {
      redisFree(C);
      C = nullptr;
    }
  }
  Out = C;
}

static redisContext *Other;

// A handler that (re)connects only while nothing is kept.
static void handle(const httplib::Request &, httplib::Response &) {
  if (!Kept)
    retryIntoGlobal();
  if (!Other)
    Other = retryAndReturn();
  if (!Other)
    retryIntoOutParameter(Other);
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}

// Control: a loop that makes and frees a connection on every iteration is
// reported.
static void controlEveryIteration() {
  for (int Attempt = 0; Attempt < 5; ++Attempt) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:23: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    redisCommand(C, "PING");
    redisFree(C);
  }
}

int main() { controlEveryIteration(); }
