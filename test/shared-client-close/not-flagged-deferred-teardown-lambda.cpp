// A teardown inside a lambda that is stored for later, not run where it is
// written, runs when its holder decides: the usual shape is a cleanup made
// once for the end of the process. A lambda run in place is its function's
// code and is still reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note}}:'

#include <curl/curl.h>
#include <functional>
#include <memory>
#include <mutex>

static std::shared_ptr<std::function<void()>> GlobalCleaner;

// The cleanup is stored once and runs when the static holder is destroyed.
void initCurlOnce() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    curl_global_init(CURL_GLOBAL_ALL);
    GlobalCleaner = std::make_shared<std::function<void()>>(
        [] { curl_global_cleanup(); });
  });
}

// Run in place: this is the function's own teardown.
void reloadSettings() {
  [] { curl_global_cleanup(); }();
  // CHECK: :[[@LINE-1]]:8: warning: 'curl_global_cleanup' tears down the whole library outside a shutdown path; every other client of it in the process stops working [resource-shared-client-close]
}
