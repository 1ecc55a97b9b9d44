// hiredis against Debian's headers and libhiredis: a connection opened per
// job through an inline wrapper, one lost on an error path through a macro
// that expands to the connect call, and the shapes that must stay silent.
// The fixed file compiles, links against libhiredis and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{hiredis} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{hiredis} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{hiredis} %t.cpp -o %t.exe %libs{hiredis}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{hiredis} \
// RUN:   | %diags | count 0

#include <hiredis/hiredis.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

// Settings fixed at start-up.
static const char *const RedisHost = "127.0.0.1";
static const int RedisPort = 6379;

typedef redisContext *RedisConn;
#define REDIS_OPEN() redisConnect(RedisHost, RedisPort)

// The wrapper services write to hide the timeout.
static inline RedisConn openRedis() {
  struct timeval Timeout = {1, 0};
  return redisConnectWithTimeout(RedisHost, RedisPort, Timeout);
}

// Per job: every key of the batch opens its own connection.
void expireAll(const std::vector<std::string> &Keys) {
  for (const std::string &Key : Keys) {
    RedisConn Conn = openRedis();
    // CHECK: :[[@LINE-1]]:22: warning: 'openRedis' creates a new 'RedisConn' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-8]]:10: note: 'openRedis' creates it with 'redisConnectWithTimeout' here
    // CHECK: :[[@LINE-4]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-4]]:22: note: 'RedisConn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    if (Conn == nullptr || Conn->err) {
      redisFree(Conn);
      continue;
    }
    freeReplyObject(redisCommand(Conn, "EXPIRE %s 60", Key.c_str()));
    redisFree(Conn);
  }
}

// Missing release: the context is returned to nobody when it has an error.
long long readCounter(const char *Key) {
  RedisConn Conn = REDIS_OPEN();
  // CHECK: :[[@LINE-1]]:20: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE-29]]:22: note: expanded from macro 'REDIS_OPEN'
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'readCounter' returns here
  // CHECK: :[[@LINE-4]]:20: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-32]]:22: note: expanded from macro 'REDIS_OPEN'
  // CHECK: :[[@LINE-6]]:20: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  // CHECK: :[[@LINE-34]]:22: note: expanded from macro 'REDIS_OPEN'
  if (Conn == nullptr || Conn->err)
    return -1;
  auto *Reply = static_cast<redisReply *>(redisCommand(Conn, "GET %s", Key));
  long long Value = -1;
  if (Reply != nullptr && Reply->type == REDIS_REPLY_STRING)
    Value = std::atoll(Reply->str);
  freeReplyObject(Reply);
  redisFree(Conn);
  return Value;
}

// Negative: one connection per thread, made on first use and kept.
static redisContext *threadConnection() {
  thread_local redisContext *Conn = REDIS_OPEN();
  return Conn;
}
void publishAll(const std::vector<std::string> &Events) {
  for (const std::string &Event : Events)
    freeReplyObject(
        redisCommand(threadConnection(), "PUBLISH events %s", Event.c_str()));
}

// Negative: connected once, released on every path.
bool ping() {
  redisContext *Conn = redisConnect(RedisHost, RedisPort);
  if (Conn == nullptr)
    return false;
  if (Conn->err) {
    redisFree(Conn);
    return false;
  }
  auto *Reply = static_cast<redisReply *>(redisCommand(Conn, "PING"));
  bool Ok = Reply != nullptr && Reply->type == REDIS_REPLY_STATUS;
  freeReplyObject(Reply);
  redisFree(Conn);
  return Ok;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    expireAll({"a", "b"});
    publishAll({"started"});
    std::printf("%lld %d\n", readCounter("hits"), ping());
  }
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}// One 'redisContext' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static RedisConn threadLocalRedisConn() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> Instance({{$}}
// FIXED-NEXT: {{^}}      openRedis(), &redisFree);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    RedisConn Conn = threadLocalRedisConn();{{$}}
// FIXED: {{^}}    { redisFree(Conn); return -1; }{{$}}
