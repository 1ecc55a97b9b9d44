// DisabledBuiltinModels lists built-in model libraries to switch off: with
// 'hiredis' disabled a hiredis connection per call is not reported, while
// the other built-ins still are. A list may name several libraries.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.DisabledBuiltinModels: hiredis}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.DisabledBuiltinModels: "hiredis;curl"}}' \
// RUN:   -- -std=c++17 | %diags | count 0

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <httplib.h>

// A disabled library: not reported.
static void cache(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerCache(httplib::Server &S) {
  S.Get("/cache", cache);
}

// A library that stays enabled: reported.
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
