// A user model with the id of a built-in resource replaces it: here
// 'hiredis.context' is declared cheap, so with the default MinimumCost
// (moderate) a hiredis connection per call is no longer reported, while
// other built-ins are unaffected. The global 'ModelFiles' option is read too.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.ModelFiles: "%S/Inputs/model-hiredis-cheap.yaml"}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-hiredis-cheap.yaml"}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// With MinimumCost=cheap the overridden model's cost reason is used.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-hiredis-cheap.yaml", resource-per-call-client.MinimumCost: cheap}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefixes=CHEAP,CHECK --implicit-check-not='warning:' --implicit-check-not='note:'

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <httplib.h>

// The overridden resource: cheap now.
static void cache(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHEAP: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'cache'; each one connects to a Redis on the same host [resource-per-call-client]
  // CHEAP: :[[@LINE+6]]:3: note: 'cache' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHEAP: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerCache(httplib::Server &S) {
  S.Get("/cache", cache);
}

// Another built-in resource: still reported.
static void fetch(const httplib::Request &, httplib::Response &) {
  CURL *Curl = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'fetch'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'fetch' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:16: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  curl_easy_perform(Curl);
  curl_easy_cleanup(Curl);
}
static void registerFetch(httplib::Server &S) {
  S.Get("/fetch", fetch);
}
