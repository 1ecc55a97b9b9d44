// libcurl against Debian's headers and libcurl: an easy handle made for
// every URL of a crawl, one lost when setting an option fails, a typedef'd
// wrapper, and silent shapes. The fixed file compiles, links against
// libcurl and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{curl} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{curl} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{curl} %t.cpp -o %t.exe %libs{curl}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{curl} \
// RUN:   | %diags | count 0

#include <curl/curl.h>

#include <cstdio>
#include <string>
#include <vector>

typedef CURL *HttpHandle;

static size_t discardBody(char *, size_t Size, size_t Count, void *) {
  return Size * Count;
}

// Per URL: each check starts with an empty connection cache.
int countReachable(const std::vector<std::string> &Urls) {
  int Reachable = 0;
  for (const std::string &Url : Urls) {
    HttpHandle Http = curl_easy_init();
    // CHECK: :[[@LINE-1]]:23: warning: 'curl_easy_init' creates a new 'CURL' on every iteration of this loop; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:23: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    curl_easy_setopt(Http, CURLOPT_URL, Url.c_str());
    curl_easy_setopt(Http, CURLOPT_WRITEFUNCTION, discardBody);
    if (curl_easy_perform(Http) == CURLE_OK)
      ++Reachable;
    curl_easy_cleanup(Http);
  }
  return Reachable;
}

// Missing release: the handle is lost when an option is refused.
long statusOf(const char *Url) {
  CURL *Http = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' acquires a 'CURL' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'statusOf' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'curl_easy_cleanup' before that return
  if (Http == nullptr)
    return -1;
  if (curl_easy_setopt(Http, CURLOPT_URL, Url) != CURLE_OK)
    return -1;
  long Status = 0;
  if (curl_easy_perform(Http) == CURLE_OK)
    curl_easy_getinfo(Http, CURLINFO_RESPONSE_CODE, &Status);
  curl_easy_cleanup(Http);
  return Status;
}

// Negative: one handle for the whole crawl.
int countReachableShared(const std::vector<std::string> &Urls) {
  CURL *Http = curl_easy_init();
  if (Http == nullptr)
    return 0;
  curl_easy_setopt(Http, CURLOPT_WRITEFUNCTION, discardBody);
  int Reachable = 0;
  for (const std::string &Url : Urls) {
    curl_easy_setopt(Http, CURLOPT_URL, Url.c_str());
    Reachable += curl_easy_perform(Http) == CURLE_OK;
  }
  curl_easy_cleanup(Http);
  return Reachable;
}

int main(int Argc, char **) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  if (Argc > 1)
    std::printf("%d %ld %d\n", countReachable({"http://127.0.0.1:1/"}),
                statusOf("http://127.0.0.1:1/"),
                countReachableShared({"http://127.0.0.1:1/"}));
  curl_global_cleanup();
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}// One 'CURL' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static CURL *threadLocalCURL() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> Instance({{$}}
// FIXED-NEXT: {{^}}      curl_easy_init(), &curl_easy_cleanup);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    HttpHandle Http = threadLocalCURL();{{$}}
// FIXED: {{^}}    { curl_easy_cleanup(Http); return -1; }{{$}}
