// curl_global_cleanup tears down libcurl for the whole process: in an HTTP
// handler it runs on every request, under the transfers of every other
// thread.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <curl/curl.h>
#include <httplib.h>

// Proxies one request, then tears libcurl down.
static void handleProxy(const httplib::Request &, httplib::Response &Res) {
  CURL *Easy = curl_easy_init();
  curl_easy_setopt(Easy, CURLOPT_URL, "http://upstream.internal/");
  Res.status = curl_easy_perform(Easy) == CURLE_OK ? 200 : 502;
  curl_easy_cleanup(Easy);
  curl_global_cleanup();
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_global_cleanup' tears down the whole library on every call to 'handleProxy'; every other client of it in the process stops working [resource-shared-client-close]
  // CHECK: :[[@LINE+4]]:3: note: 'handleProxy' is registered with 'httplib::Server::Get' here as an HTTP request handler
}

void installProxy(httplib::Server &Server) {
  Server.Get("/proxy", handleProxy);
}
