// MinimumCost=expensive reports only resources whose model cost is
// expensive: a libcurl easy handle (moderate) is skipped, a hiredis
// connection (expensive) is still reported. The default, moderate, reports
// both.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.MinimumCost: expensive}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefix=EXPENSIVE --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefixes=EXPENSIVE,DEFAULT --implicit-check-not='warning:' --implicit-check-not='note:'

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <httplib.h>

// A moderate-cost easy handle per request.
static void fetch(const httplib::Request &, httplib::Response &) {
  CURL *Curl = curl_easy_init();
  // DEFAULT: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'fetch'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // DEFAULT: :[[@LINE+7]]:3: note: 'fetch' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // DEFAULT: :[[@LINE-3]]:16: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  curl_easy_setopt(Curl, CURLOPT_URL, "http://backend:8081/");
  curl_easy_perform(Curl);
  curl_easy_cleanup(Curl);
}
static void registerFetch(httplib::Server &S) {
  S.Get("/fetch", fetch);
}

// An expensive Redis connection per request.
static void cache(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // EXPENSIVE: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'cache'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // EXPENSIVE: :[[@LINE+6]]:3: note: 'cache' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // EXPENSIVE: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerCache(httplib::Server &S) {
  S.Get("/cache", cache);
}
