// C++20 coroutines (a hand-written minimal task type): the checks do not
// crash on co_await and co_return, and a client made on every iteration of
// a loop in a coroutine is reported as in any function.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++20 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <coroutine>
#include <hiredis/hiredis.h>

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(int) {}
    void unhandled_exception() {}
  };
};
struct Tick {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

// A connection per iteration, suspended in between.
Task pollEachTick() {
  for (int I = 0; I < 3; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    co_await Tick{};
    redisFree(C);
  }
  co_return 0;
}

// The early co_return leaks the connection: 'C' ends there.
Task leakOnEarlyCoReturn() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'C' goes out of scope here
  // CHECK: :[[@LINE-3]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  co_await Tick{};
  if (C->err)
    co_return 1;
  redisFree(C);
  co_return 0;
}
