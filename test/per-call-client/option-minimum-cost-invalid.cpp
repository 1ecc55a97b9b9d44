// An unknown MinimumCost value is reported as a configuration error naming
// the value and the option, and the default (moderate) is used instead.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.MinimumCost: costly}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.MinimumCost: expensiv}}' \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --check-prefix=TYPO

// CHECK: {{^}}warning: invalid configuration value 'costly' for option 'resource-per-call-client.MinimumCost' [clang-tidy-config]
// TYPO: {{^}}warning: invalid configuration value 'expensiv' for option 'resource-per-call-client.MinimumCost'; did you mean 'expensive'? [clang-tidy-config]

#include <curl/curl.h>
#include <httplib.h>

// A moderate-cost easy handle per request: reported under the default.
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
