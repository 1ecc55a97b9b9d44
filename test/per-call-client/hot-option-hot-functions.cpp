// Functions whose qualified names match the HotFunctions regex are frequently
// invoked: an httplib::Client constructed in one is constructed on every
// call. Without the option nothing marks the function as hot.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config="{CheckOptions: {resource-per-call-client.HotFunctions: '^orders::handle[A-Z]'}}" \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <httplib.h>

namespace orders {

// The name matches the pattern: the pricing client is built per call.
void handleCheckout() {
  httplib::Client Pricing("http://pricing:8080");
  // CHECK: :[[@LINE-1]]:19: warning: 'httplib::Client' is constructed on every call to 'handleCheckout'; each construction opens a new TCP connection, with a new TLS session for HTTPS, that no later call can reuse [resource-per-call-client]
  // CHECK: :[[@LINE-3]]:6: note: 'handleCheckout' matches the 'HotFunctions' pattern '^orders::handle[A-Z]'
  // CHECK: :[[@LINE-3]]:19: note: 'httplib::Client' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  Pricing.Get("/price");
}

// The name does not match the pattern: nothing is reported.
void handlerCount() {
  httplib::Client Pricing("http://pricing:8080");
  Pricing.Get("/count");
}

} // namespace orders
