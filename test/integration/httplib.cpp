// cpp-httplib against Debian's headers and libcpp-httplib: an HTTP client
// built in every request handler of a server (the handler registered as a
// lambda and as a function), one made with new and lost on an error path,
// and silent shapes. The fixed file compiles, links against libcpp-httplib
// and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{httplib} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{httplib} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{httplib} %t.cpp -o %t.exe %libs{httplib}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{httplib} \
// RUN:   | %diags | count 0

#include <httplib.h>

#include <memory>
#include <string>

static const char *const InventoryUrl = "http://127.0.0.1:8081";

// Per request: every request to /stock opens a new upstream connection.
static void handleStock(const httplib::Request &Req, httplib::Response &Res) {
  httplib::Client Inventory(InventoryUrl);
  // CHECK: :[[@LINE-1]]:19: warning: 'httplib::Client' is constructed on every call to 'handleStock'; each construction opens a new TCP connection, with a new TLS session for HTTPS, that no later call can reuse [resource-per-call-client]
  // CHECK: :[[@LINE+29]]:3: note: 'handleStock' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:19: note: 'httplib::Client' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  auto Upstream = Inventory.Get("/stock");
  if (!Upstream) {
    Res.status = 502;
    return;
  }
  Res.set_content(Upstream->body, "application/json");
}

// Missing release: a heap client lost when the health check fails.
httplib::Client *connectInventory() {
  auto *Inventory = new httplib::Client(InventoryUrl);
  // CHECK: :[[@LINE-1]]:25: warning: 'new' acquires a 'httplib::Client' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:5: note: it leaks when 'connectInventory' returns here
  // CHECK: :[[@LINE-3]]:25: note: release it with 'delete' before that return
  if (!Inventory->Get("/health"))
    return nullptr;
  return Inventory;
}

// Negative: one client for the process, made once.
static httplib::Client &inventory() {
  static httplib::Client Inventory(InventoryUrl);
  return Inventory;
}

int main(int Argc, char **) {
  httplib::Server Server;
  Server.Get("/stock", handleStock);
  Server.Get("/price", [](const httplib::Request &, httplib::Response &Res) {
    if (auto Upstream = inventory().Get("/price"))
      Res.set_content(Upstream->body, "application/json");
  });
  if (Argc > 1) {
    std::unique_ptr<httplib::Client> Checked(connectInventory());
    Server.listen("127.0.0.1", 8080);
  }
}

// FIXED: {{^}}// One 'httplib::Client' per thread, reused by every call on that thread.{{$}}
// FIXED-NEXT: {{^}}static httplib::Client &threadLocalClient() {{{$}}
// FIXED-NEXT: {{^}}  thread_local httplib::Client Instance(InventoryUrl);{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}  httplib::Client &Inventory = threadLocalClient();{{$}}
// FIXED: {{^}}    { delete Inventory; return nullptr; }{{$}}
