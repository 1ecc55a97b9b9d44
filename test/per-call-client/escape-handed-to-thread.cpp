// A client handed to a std::thread lives on in that thread after the call:
// nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <thread>

// The handle is captured by the thread's lambda, which frees it.
static void captureInThread(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  std::thread Worker([C] {
    redisCommand(C, "PING");
    redisFree(C);
  });
  Worker.detach();
}
static void registerCaptureInThread(httplib::Server &S) {
  S.Get("/a", captureInThread);
}

static void pingAndFree(redisContext *C) {
  redisCommand(C, "PING");
  redisFree(C);
}

// The handle is passed as an argument of the thread's constructor.
static void argumentOfThread(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  std::thread(pingAndFree, C).detach();
}
static void registerArgumentOfThread(httplib::Server &S) {
  S.Get("/b", argumentOfThread);
}

// Control: a handle used on the calling thread and freed is reported.
static void controlSameThread(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlSameThread'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'controlSameThread' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerControl(httplib::Server &S) {
  S.Get("/c", controlSameThread);
}
