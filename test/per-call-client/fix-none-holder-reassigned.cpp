// When the variable that holds the client is assigned again later, the
// accessor's result would be overwritten: a note says why there is no fix and
// the file is left unchanged.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <httplib.h>

// The holder is reset to null after the release.
static void resetToNull(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'resetToNull'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'resetToNull' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: no automatic fix: 'C' is assigned again later
  redisCommand(C, "PING");
  redisFree(C);
  C = nullptr;
}
static void registerResetToNull(httplib::Server &S) {
  S.Get("/a", resetToNull);
}

static CURL *Template;

// The holder is replaced with a duplicate of another handle.
static void replacedWithDuplicate(const httplib::Request &,
                                  httplib::Response &) {
  CURL *Curl = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'replacedWithDuplicate'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // CHECK: :[[@LINE+13]]:3: note: 'replacedWithDuplicate' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:16: note: no automatic fix: 'Curl' is assigned again later
  if (Template) {
    curl_easy_cleanup(Curl);
    Curl = curl_easy_duphandle(Template);
    // CHECK: :[[@LINE-1]]:12: warning: 'curl_easy_duphandle' creates a new 'CURL' on every call to 'replacedWithDuplicate'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
    // CHECK: :[[@LINE+7]]:3: note: 'replacedWithDuplicate' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-3]]:12: note: no automatic fix: its arguments use the global 'Template', which can change between calls
  }
  curl_easy_perform(Curl);
  curl_easy_cleanup(Curl);
}
static void registerReplacedWithDuplicate(httplib::Server &S) {
  S.Get("/b", replacedWithDuplicate);
}
