// A handle whose only variable ends with an inner block or is left by
// 'break' is lost there: the note points at the block's closing brace or
// the 'break', not at the end of the function.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>

void logLine(const char *Line);

// The context is forgotten when the 'if' block ends.
void pingWhenAsked(bool Asked) {
  if (Asked) {
    redisContext *Ctx = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:25: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+3]]:3: note: it leaks when 'Ctx' goes out of scope here
    if (Ctx && !Ctx->err)
      freeReplyObject(redisCommand(Ctx, "PING"));
  }
  logLine("pinged");
}

// A 'break' leaves the loop with the context still open.
void pingUntilFailure(int Rounds) {
  for (int I = 0; I < Rounds; ++I) {
    redisContext *Ctx = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:25: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+3]]:7: note: it leaks when 'Ctx' goes out of scope here
    // CHECK: :[[@LINE-3]]:25: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
    if (Ctx == nullptr || Ctx->err)
      break;
    freeReplyObject(redisCommand(Ctx, "PING"));
    redisFree(Ctx);
  }
}

// Control: the context is handed to the caller's variable before the block
// ends.
redisContext *connectWhenAsked(bool Asked) {
  redisContext *Kept = nullptr;
  if (Asked) {
    redisContext *Ctx = redisConnect("127.0.0.1", 6379);
    Kept = Ctx;
  }
  return Kept;
}
