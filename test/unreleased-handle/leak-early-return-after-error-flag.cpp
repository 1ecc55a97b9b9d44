// A hiredis context whose error flag is checked and then abandoned leaks:
// redisConnect returns a context even when the connection fails, and
// redisFree is still needed on that path.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <string>

// NULL is handled, but a context with c->err set is dropped.
int readCounter(const std::string &Key) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'readCounter' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C == nullptr)
    return -1;
  if (C->err)
    return -1;
  auto *Reply =
      static_cast<redisReply *>(redisCommand(C, "GET %s", Key.c_str()));
  int Value = Reply && Reply->str ? std::stoi(Reply->str) : 0;
  freeReplyObject(Reply);
  redisFree(C);
  return Value;
}

// The same check written as one condition with the error message printed.
class CounterStore {
public:
  bool ping() {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+7]]:7: note: it leaks when 'CounterStore::ping' returns here
    // CHECK: :[[@LINE-3]]:23: note: release it with 'redisFree' before that return
    // CHECK: :[[@LINE-4]]:23: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
    if (!C)
      return false;
    if (C->err) {
      LastError = C->errstr;
      return false;
    }
    freeReplyObject(redisCommand(C, "PING"));
    redisFree(C);
    return true;
  }

private:
  std::string LastError;
};
