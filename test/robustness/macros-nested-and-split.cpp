// Acquisitions and releases split between macros and plain code: the
// warning and the leaking return are reported at the expansion sites (with
// clang's "expanded from macro" notes), nested macros included, and no
// release is offered inside a macro's return.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>

#define CONNECT() redisConnect("127.0.0.1", 6379)
#define CONNECT_NESTED() CONNECT()
#define FREE(C) redisFree(C)
#define BAIL_IF(Cond)                                                          \
  do {                                                                         \
    if (Cond)                                                                  \
      return -1;                                                               \
  } while (0)

// Acquired through two macros, released plainly, leaked by a macro return.
int acquireInMacroReleasePlain() {
  redisContext *C = CONNECT_NESTED();
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :11:26: note: expanded from macro 'CONNECT_NESTED'
  // CHECK: :10:19: note: expanded from macro 'CONNECT'
  // CHECK: :[[@LINE+5]]:3: note: it leaks when 'acquireInMacroReleasePlain' returns here
  // CHECK: :16:7: note: expanded from macro 'BAIL_IF'
  // CHECK: :[[@LINE-6]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  // CHECK: :11:26: note: expanded from macro 'CONNECT_NESTED'
  // CHECK: :10:19: note: expanded from macro 'CONNECT'
  BAIL_IF(C->err);
  redisFree(C);
  return 0;
}

// Acquired plainly, released in a macro, leaked by a plain return.
int acquirePlainReleaseInMacro() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'acquirePlainReleaseInMacro' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (C->err)
    return -1;
  FREE(C);
  return 0;
}

// Released on every path, all in macros: not reported.
int allInMacros() {
  redisContext *C = CONNECT_NESTED();
  FREE(C);
  return 0;
}

// FIXME: should warn (resource-unreleased-handle) once, for the early
// return: the call depends on T, so the template is not analysed, and its
// instantiations are skipped so as not to report one finding per type.
template <typename T> struct Refresher {
  int refresh(T Arg) {
    redisContext *C = redisConnect(Arg.host(), 6379);
    if (C->err)
      return -1;
    redisFree(C);
    return 0;
  }
};
struct Host {
  const char *host();
};
int useRefresher(Refresher<Host> &R, Host H) { return R.refresh(H); }
