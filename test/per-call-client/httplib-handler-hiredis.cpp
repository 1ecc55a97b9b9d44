// A cpp-httplib request handler that opens a hiredis connection per request.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 | %diags | count 0

#include <hiredis/hiredis.h>
#include <httplib.h>

// A handler registered with httplib::Server::Get runs once per request.
static void handleGet(const httplib::Request &, httplib::Response &Res) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'handleGet'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+13]]:3: note: 'handleGet' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  if (!C || C->err)
    return;
  auto *Reply = static_cast<redisReply *>(redisCommand(C, "GET k"));
  if (Reply)
    Res.set_content(Reply->str, "text/plain");
  freeReplyObject(Reply);
  redisFree(C);
}

int main() {
  httplib::Server Server;
  Server.Get("/k", handleGet);
  Server.listen("127.0.0.1", 8080);
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}static redisContext *threadLocalRedisContext() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> Instance({{$}}
// FIXED-NEXT: {{^}}      redisConnect("127.0.0.1", 6379), &redisFree);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED: {{^}}  redisContext *C = threadLocalRedisContext();{{$}}
// FIXED-NOT: {{^}}  redisFree(C);{{$}}
