// A libcurl easy handle made and cleaned up on every call is not
// thread-safe: a note offers a per-thread handle with curl_easy_cleanup as
// deleter, applied only with --fix-notes; the per-call cleanup is removed.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <curl/curl.h>
#include <httplib.h>

// A handler that forwards each request to a backend with a new easy handle.
static void forward(const httplib::Request &, httplib::Response &) {
  CURL *Curl = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'forward'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'forward' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:16: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  curl_easy_setopt(Curl, CURLOPT_URL, "http://backend:8081/");
  curl_easy_perform(Curl);
  curl_easy_cleanup(Curl);
}
static void registerForward(httplib::Server &S) {
  S.Get("/forward", forward);
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}static CURL *threadLocalCURL() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> Instance({{$}}
// FIXED-NEXT: {{^}}      curl_easy_init(), &curl_easy_cleanup);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void forward(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  CURL *Curl = threadLocalCURL();{{$}}
// FIXED: {{^}}  curl_easy_perform(Curl);{{$}}
// FIXED-NEXT: {{^}}}{{$}}
