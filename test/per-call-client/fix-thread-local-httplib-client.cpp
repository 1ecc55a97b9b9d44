// An httplib::Client object made on every call is not thread-safe: a note
// offers a per-thread client object, applied only with --fix-notes; the
// local becomes a reference to it.
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

#include <httplib.h>

// A proxy handler that asks a backend with a new client on every request.
static void proxy(const httplib::Request &, httplib::Response &Res) {
  httplib::Client Backend("http://backend:8081");
  // CHECK: :[[@LINE-1]]:19: warning: 'httplib::Client' is constructed on every call to 'proxy'; each construction opens a new TCP connection, with a new TLS session for HTTPS, that no later call can reuse [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'proxy' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:19: note: 'httplib::Client' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  if (auto Answer = Backend.Get("/data"))
    Res.set_content(Answer->body, "text/plain");
}
static void registerProxy(httplib::Server &S) {
  S.Get("/proxy", proxy);
}

// FIXED: {{^}}// One 'httplib::Client' per thread, reused by every call on that thread.{{$}}
// FIXED-NEXT: {{^}}static httplib::Client &threadLocalClient() {{{$}}
// FIXED-NEXT: {{^}}  thread_local httplib::Client Instance("http://backend:8081");{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void proxy(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  httplib::Client &Backend = threadLocalClient();{{$}}
