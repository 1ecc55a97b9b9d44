// A handle stored into a struct that outlives the function, or adopted by
// an object whose destructor releases it, is handed over: nothing is
// reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <memory>

// A session the caller owns.
struct Session {
  redisContext *Redis = nullptr;
  int Database = 0;
};

// An owner whose destructor frees the context.
struct ScopedContext {
  redisContext *Context;
  ~ScopedContext() { redisFree(Context); }
};

// Stored into a heap-allocated owner that is returned.
std::unique_ptr<Session> openSession() {
  auto S = std::make_unique<Session>();
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C == nullptr)
    return nullptr;
  S->Redis = C;
  return S;
}

// Stored into a struct the caller passed in.
bool openInto(Session &S) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C == nullptr)
    return false;
  S.Redis = C;
  return !C->err;
}

// Adopted by a local owner whose destructor frees it on every path.
bool pingScoped() {
  ScopedContext Scoped{redisConnect("127.0.0.1", 6379)};
  if (Scoped.Context == nullptr || Scoped.Context->err)
    return false;
  freeReplyObject(redisCommand(Scoped.Context, "PING"));
  return true;
}

// Control: neither stored nor freed on the error path.
bool pingLocal() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'pingLocal' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C->err)
    return false;
  redisFree(C);
  return true;
}
