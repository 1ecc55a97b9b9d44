// Hotness follows calls only MaxCallChainDepth deep: with a maximum of 3, a
// helper three calls below a handler is hot and one four calls below is not;
// with a maximum of 4 both are.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config="{CheckOptions: {resource-per-call-client.MaxCallChainDepth: 3}}" \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config="{CheckOptions: {resource-per-call-client.MaxCallChainDepth: 4}}" \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEPTH4 \
// RUN:     --implicit-check-not='{{warning|note|error}}:'

#include <curl/curl.h>
#include <httplib.h>

// Four calls below the handler: hot only when the maximum is 4.
static void depthFourOpensHandle() {
  CURL *Easy = curl_easy_init();
  // DEPTH4: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'depthFourOpensHandle'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // DEPTH4: :[[@LINE+21]]:3: note: 'depthFourOpensHandle' is called by 'depthThreeOpensHandle' here
  // DEPTH4: :[[@LINE+24]]:3: note: 'depthThreeOpensHandle' is called by 'depthTwo' here
  // DEPTH4: :[[@LINE+27]]:3: note: 'depthTwo' is called by 'depthOne' here
  // DEPTH4: :[[@LINE+30]]:3: note: 'depthOne' is called by 'handleDeepRequest' here
  // DEPTH4: :[[@LINE+33]]:3: note: 'handleDeepRequest' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // DEPTH4: :[[@LINE-7]]:16: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
}

// Three calls below the handler: hot with either maximum.
static void depthThreeOpensHandle() {
  CURL *Easy = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'depthThreeOpensHandle'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // CHECK: :[[@LINE+11]]:3: note: 'depthThreeOpensHandle' is called by 'depthTwo' here
  // CHECK: :[[@LINE+14]]:3: note: 'depthTwo' is called by 'depthOne' here
  // CHECK: :[[@LINE+17]]:3: note: 'depthOne' is called by 'handleDeepRequest' here
  // CHECK: :[[@LINE+20]]:3: note: 'handleDeepRequest' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-6]]:16: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
  depthFourOpensHandle();
}

static void depthTwo() {
  depthThreeOpensHandle();
}

static void depthOne() {
  depthTwo();
}

static void handleDeepRequest(const httplib::Request &, httplib::Response &) {
  depthOne();
}

void installDeepRoutes(httplib::Server &Server) {
  Server.Get("/deep", handleDeepRequest);
}
