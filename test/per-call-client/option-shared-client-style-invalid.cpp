// An unknown SharedClientStyle value is reported as a configuration error
// naming the value and the option, and the default (CallOnce) is used.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.SharedClientStyle: Static}}' \
// RUN:   -- -std=c++17 -isystem %inputs/include 2>&1 \
// RUN:   | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:' --implicit-check-not='error:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp \
// RUN:   -config='{CheckOptions: {resource-per-call-client.SharedClientStyle: Static}}' \
// RUN:   -- -std=c++17 -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp

// CHECK: {{^}}warning: invalid configuration value 'Static' for option 'resource-per-call-client.SharedClientStyle' [clang-tidy-config]

#include <httplib.h>
#include <sw/redis++/redis++.h>

// A client object per request.
static void bump(const httplib::Request &, httplib::Response &) {
  sw::redis::Redis Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' is constructed on every call to 'bump'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'bump' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Redis.incr("hits");
}
static void registerBump(httplib::Server &S) {
  S.Get("/a", bump);
}

// FIXED: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
