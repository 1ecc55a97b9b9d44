// libevent against Debian's headers and libevent: an HTTP connection to the
// backend made in every call of an evhttp request handler, an event base
// lost when the DNS base cannot be made, and silent shapes. The fixed file
// compiles, links against libevent and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{libevent} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{libevent} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{libevent} %t.cpp -o %t.exe %libs{libevent}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{libevent} \
// RUN:   | %diags | count 0

#include <event2/dns.h>
#include <event2/event.h>
#include <event2/http.h>

#include <cstdio>

static event_base *const Base = event_base_new();

// Per request: every proxied request opens a new backend connection.
// FIXME: the per-thread rewrite takes the release this function calls,
// evhttp_connection_free_on_completion, as the deleter; evhttp_connection_free
// is the one that frees at once when the thread ends.
static void proxyRequest(evhttp_request *Req, void *) {
  evhttp_connection *Backend =
      evhttp_connection_base_new(Base, nullptr, "127.0.0.1", 8081);
      // CHECK: :[[@LINE-1]]:7: warning: 'evhttp_connection_base_new' creates a new 'struct evhttp_connection' on every call to 'proxyRequest'; each one opens a new HTTP connection, so keep-alive is lost [resource-per-call-client]
      // CHECK: :[[@LINE+30]]:5: note: 'proxyRequest' is registered with 'evhttp_set_cb' here as an HTTP request handler
      // CHECK: :[[@LINE-3]]:7: note: 'struct evhttp_connection' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  evhttp_request *Forward = evhttp_request_new(nullptr, nullptr);
  evhttp_make_request(Backend, Forward, EVHTTP_REQ_GET,
                      evhttp_request_get_uri(Req));
  evhttp_send_reply(Req, HTTP_OK, "OK", nullptr);
  evhttp_connection_free_on_completion(Backend);
}

// Missing release: the event base is lost when the resolver fails.
int resolveAll() {
  event_base *Loop = event_base_new();
  // CHECK: :[[@LINE-1]]:22: warning: 'event_base_new' acquires a 'struct event_base' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'resolveAll' returns here
  // CHECK: :[[@LINE-3]]:22: note: release it with 'event_base_free' before that return
  if (Loop == nullptr)
    return -1;
  evdns_base *Dns = evdns_base_new(Loop, EVDNS_BASE_INITIALIZE_NAMESERVERS);
  if (Dns == nullptr)
    return -1;
  int Status = event_base_dispatch(Loop);
  evdns_base_free(Dns, 0);
  event_base_free(Loop);
  return Status;
}

// Negative: the server's own base and HTTP server, made once in main.
int main(int Argc, char **) {
  if (Argc > 1) {
    evhttp *Http = evhttp_new(Base);
    evhttp_set_cb(Http, "/proxy", proxyRequest, nullptr);
    std::printf("%d\n", resolveAll());
    evhttp_free(Http);
  }
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}// One 'struct evhttp_connection' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static struct evhttp_connection *threadLocalStructEvhttpConnection() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<struct evhttp_connection, decltype(&evhttp_connection_free_on_completion)> Instance({{$}}
// FIXED-NEXT: {{^}}      evhttp_connection_base_new(Base, nullptr, "127.0.0.1", 8081), &evhttp_connection_free_on_completion);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}      threadLocalStructEvhttpConnection();{{$}}
// FIXED: {{^}}    { event_base_free(Loop); return -1; }{{$}}
