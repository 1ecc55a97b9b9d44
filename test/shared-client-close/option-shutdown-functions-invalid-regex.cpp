// A ShutdownFunctions value that is not a valid regular expression is
// reported as a configuration error naming the pattern and the problem. No
// function is then a shutdown path by its name; main, destructors and
// atexit handlers still are.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s \
// RUN:   -config='{CheckOptions: {resource-shared-client-close.ShutdownFunctions: "shutdown(.*"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:' --implicit-check-not='error:'

// CHECK: {{^}}warning: invalid regular expression 'shutdown(.*' in option 'ShutdownFunctions': parentheses not balanced [clang-tidy-config]

#include <cstdlib>
#include <curl/curl.h>
#include <hiredis/hiredis.h>

redisContext *Cache = nullptr;

// Would match the intended pattern; with the broken one it is reported.
void shutdownClients() {
  redisFree(Cache);
  curl_global_cleanup();
  // CHECK: :[[@LINE-2]]:3: warning: 'redisFree' closes 'Cache' but leaves it holding the closed 'redisContext'; the next call through it uses a closed client [resource-shared-client-close]
  // CHECK: :[[@LINE-7]]:15: note: 'Cache' outlives this call
  // CHECK: :[[@LINE-3]]:3: warning: 'curl_global_cleanup' tears down the whole library outside a shutdown path; every other client of it in the process stops working [resource-shared-client-close]
}

// Runs at exit: not reported.
static void onExit() { redisFree(Cache); }

class Holder {
public:
  // A destructor: not reported.
  ~Holder() { redisFree(Ctx); }

private:
  redisContext *Ctx = nullptr;
};

int main() {
  std::atexit(onExit);
  Cache = redisConnect("127.0.0.1", 6379);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  redisFree(Cache);
  curl_global_cleanup();
}
