// A lambda held in a local variable and then registered with
// httplib::Server::Get runs once per request: a curl handle made in it is
// made for every request.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <curl/curl.h>
#include <httplib.h>

// The proxy handler is named first and registered afterwards.
void installProxyFromLocalLambda(httplib::Server &Server) {
  auto Proxy = [](const httplib::Request &, httplib::Response &) {
    CURL *Easy = curl_easy_init();
    // CHECK: :[[@LINE-1]]:18: warning: 'curl_easy_init' creates a new 'CURL' on every call to the lambda; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
    // CHECK: :[[@LINE+6]]:3: note: the lambda is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-3]]:18: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    curl_easy_setopt(Easy, CURLOPT_URL, "http://backend/");
    curl_easy_perform(Easy);
    curl_easy_cleanup(Easy);
  };
  Server.Get("/proxy", Proxy);
}
