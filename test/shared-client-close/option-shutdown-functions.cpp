// ShutdownFunctions replaces the default pattern: with '^retire|^drain'
// functions named that way are shutdown paths, and 'shutdownClients', which
// the default would excuse, is not one any more. main, destructors and
// atexit handlers stay shutdown paths whatever the pattern.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s \
// RUN:   -config='{CheckOptions: {resource-shared-client-close.ShutdownFunctions: "^retire|^drain"}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefix=CUSTOM --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='{{warning|note|error}}:'

#include <cstdlib>
#include <curl/curl.h>
#include <hiredis/hiredis.h>

redisContext *Cache = nullptr;

// Matches the custom pattern (case-insensitively), not the default one.
void RetireCache() {
  redisFree(Cache);
  curl_global_cleanup();
  // DEFAULT: :[[@LINE-2]]:3: warning: 'redisFree' closes 'Cache' but leaves it holding the closed 'redisContext'; the next call through it uses a closed client [resource-shared-client-close]
  // DEFAULT: :[[@LINE-7]]:15: note: 'Cache' outlives this call
  // DEFAULT: :[[@LINE-3]]:3: warning: 'curl_global_cleanup' tears down the whole library outside a shutdown path; every other client of it in the process stops working [resource-shared-client-close]
}

// Matches the default pattern, not the custom one.
void shutdownClients() {
  redisFree(Cache);
  curl_global_cleanup();
  // CUSTOM: :[[@LINE-2]]:3: warning: 'redisFree' closes 'Cache' but leaves it holding the closed 'redisContext'; the next call through it uses a closed client [resource-shared-client-close]
  // CUSTOM: :[[@LINE-16]]:15: note: 'Cache' outlives this call
  // CUSTOM: :[[@LINE-3]]:3: warning: 'curl_global_cleanup' tears down the whole library outside a shutdown path; every other client of it in the process stops working [resource-shared-client-close]
}

// Matches the custom pattern's second alternative.
void drainQueue() {
  redisFree(Cache);
  // DEFAULT: :[[@LINE-1]]:3: warning: 'redisFree' closes 'Cache' but leaves it holding the closed 'redisContext'; the next call through it uses a closed client [resource-shared-client-close]
  // DEFAULT: :[[@LINE-24]]:15: note: 'Cache' outlives this call
}

// Matches neither, but runs at exit.
static void onExit() { redisFree(Cache); }

class Holder {
public:
  ~Holder() { redisFree(Ctx); }

private:
  redisContext *Ctx = nullptr;
};

int main() {
  std::atexit(onExit);
  Cache = redisConnect("127.0.0.1", 6379);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  drainQueue();
  redisFree(Cache);
  curl_global_cleanup();
}
