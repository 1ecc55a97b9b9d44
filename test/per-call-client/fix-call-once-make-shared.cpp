// A client made with std::make_shared on every call becomes one process-wide
// shared_ptr made under std::call_once; the accessor spells the type as
// 'std::shared_ptr<sw::redis::Redis>'.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only -isystem %inputs/include %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags | count 0

#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

// The shared_ptr is held with 'auto'.
static void makeShared(const httplib::Request &, httplib::Response &) {
  auto Redis = std::make_shared<sw::redis::Redis>("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:16: warning: 'sw::redis::Redis' is constructed on every call to 'makeShared'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'makeShared' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis->incr("hits");
}
static void registerMakeShared(httplib::Server &S) {
  S.Get("/a", makeShared);
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}static const std::shared_ptr<sw::redis::Redis> &sharedRedis() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static std::shared_ptr<sw::redis::Redis> *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = new std::shared_ptr<sw::redis::Redis>(std::make_shared<sw::redis::Redis>("tcp://127.0.0.1:6379"));{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void makeShared(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto Redis = sharedRedis();{{$}}
