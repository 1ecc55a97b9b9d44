// An easy handle given to curl_multi_add_handle is driven by the multi
// handle from then on (a 'transfers' entry of the curl model): nothing is
// reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <curl/curl.h>

// Queues a download on the multi handle.
bool queueDownload(CURLM *Multi, const char *Url) {
  CURL *Easy = curl_easy_init();
  if (Easy == nullptr)
    return false;
  curl_easy_setopt(Easy, CURLOPT_URL, Url);
  curl_multi_add_handle(Multi, Easy);
  return true;
}

// Control: an easy handle left behind when setting an option fails.
bool queueDownloadChecked(CURLM *Multi, const char *Url) {
  CURL *Easy = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' acquires a 'CURL' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'queueDownloadChecked' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'curl_easy_cleanup' before that return
  if (Easy == nullptr)
    return false;
  if (curl_easy_setopt(Easy, CURLOPT_URL, Url) != CURLE_OK)
    return false;
  curl_multi_add_handle(Multi, Easy);
  return true;
}
