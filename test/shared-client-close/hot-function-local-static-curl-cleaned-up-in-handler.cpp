// A function-local static is made once and shared by every call: a handler
// that cleans up its static curl handle leaves the next request a freed
// handle.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <curl/curl.h>
#include <httplib.h>

// Pings the upstream over the one handle made on the first request.
static void handlePing(const httplib::Request &, httplib::Response &Res) {
  static CURL *Upstream = curl_easy_init();
  curl_easy_setopt(Upstream, CURLOPT_URL, "http://upstream.internal/ping");
  Res.status = curl_easy_perform(Upstream) == CURLE_OK ? 200 : 502;
  curl_easy_cleanup(Upstream);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_easy_cleanup' closes the shared 'Upstream' on every call to 'handlePing'; other callers may still be using it [resource-shared-client-close]
  // CHECK: :[[@LINE+5]]:3: note: 'handlePing' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-6]]:16: note: 'Upstream' is shared by the whole process
}

void installPing(httplib::Server &Server) {
  Server.Get("/ping", handlePing);
}
