// With resource-per-call-client enabled too, a handler that makes a client
// per request and leaks it on an error path is fixed by the per-call
// rewrite alone: the handle becomes a shared or per-thread client, which
// must not get a per-call release. After --fix --fix-notes the file
// compiles and neither check reports anything.
// RUN: %tidy -checks='-*,resource-per-call-client,resource-unreleased-handle' \
// RUN:   %s -- -std=c++17 | %diags > %t.diags
// clang-tidy 19 orders warnings at one location by check name, later majors
// by message; so each check's warnings, each followed by its notes, are
// checked apart, and the count pins that there is nothing else.
// RUN: FileCheck %s --check-prefix=LEAK < %t.diags
// RUN: FileCheck %s --check-prefix=PERCALL < %t.diags
// RUN: count 10 < %t.diags
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client,resource-unreleased-handle' \
// RUN:   --fix --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client,resource-unreleased-handle' \
// RUN:   %t.cpp -- -std=c++17 | %diags | count 0

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <string>
#include <zmq.h>

// Not thread-safe: the per-call rewrite gives each thread its own context.
static void handleGet(const httplib::Request &, httplib::Response &Res) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // LEAK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // LEAK-NEXT: :[[@LINE+9]]:5: note: it leaks when 'handleGet' returns here
  // LEAK-NEXT: :[[@LINE-3]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  // PERCALL: :[[@LINE-4]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'handleGet'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // PERCALL-NEXT: :[[@LINE+32]]:3: note: 'handleGet' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // PERCALL-NEXT: :[[@LINE-6]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  if (C == nullptr)
    return;
  if (C->err) {
    Res.status = 503;
    return;
  }
  freeReplyObject(redisCommand(C, "INCR hits"));
  redisFree(C);
}

// Thread-safe: the per-call rewrite shares one context for the process.
static void handlePost(const httplib::Request &Req, httplib::Response &Res) {
  void *Context = zmq_ctx_new();
  // LEAK: :[[@LINE-1]]:19: warning: 'zmq_ctx_new' acquires a 'ZeroMQ context' that is not released on every path [resource-unreleased-handle]
  // LEAK-NEXT: :[[@LINE+7]]:5: note: it leaks when 'handlePost' returns here
  // PERCALL: :[[@LINE-3]]:19: warning: 'zmq_ctx_new' creates a new 'ZeroMQ context' on every call to 'handlePost'; each one starts a new ZeroMQ context with its own I/O threads [resource-per-call-client]
  // PERCALL-NEXT: :[[@LINE+15]]:3: note: 'handlePost' is registered with 'httplib::Server::Post' here as an HTTP request handler
  if (Context == nullptr)
    return;
  if (Req.body.empty()) {
    Res.status = 400;
    return;
  }
  Res.set_content(std::to_string(zmq_ctx_get(Context, ZMQ_IO_THREADS)),
                  "text/plain");
  zmq_ctx_term(Context);
}

int main() {
  httplib::Server Server;
  Server.Get("/hits", handleGet);
  Server.Post("/events", handlePost);
  Server.listen("127.0.0.1", 8080);
}

// FIXED: {{^}}static redisContext *threadLocalRedisContext() {{{$}}
// FIXED: {{^}}  redisContext *C = threadLocalRedisContext();{{$}}
// FIXED-NOT: {{^ *}}redisFree(C);{{$}}
// FIXED: {{^}}static void *sharedZeroMQContext() {{{$}}
// FIXED: {{^}}  void *Context = sharedZeroMQContext();{{$}}
// FIXED-NOT: {{^ *}}zmq_ctx_term(Context);{{$}}
// FIXED: {{^}}int main() {{{$}}
