// For a site in a member function defined inside its class, the accessor goes
// before the class (and before the class's comment), at namespace scope.
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
#include <sw/redis++/redis++.h>

// Counts hits per page.
class CounterService {
public:
  // Bumps the counter of one page.
  void bump(const httplib::Request &Req) {
    sw::redis::Redis Redis("tcp://127.0.0.1:6379");
    // CHECK: :[[@LINE-1]]:22: warning: 'sw::redis::Redis' is constructed on every call to 'CounterService::bump'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+9]]:3: note: 'CounterService::bump' is called by 'handleBump' here
    // CHECK: :[[@LINE+11]]:3: note: 'handleBump' is registered with 'httplib::Server::Get' here as an HTTP request handler
    Redis.incr(Req.path);
  }
};

static CounterService Counters;

static void handleBump(const httplib::Request &Req, httplib::Response &) {
  Counters.bump(Req);
}
static void registerHandleBump(httplib::Server &S) {
  S.Get("/bump", handleBump);
}

// FIXED: {{^}}static sw::redis::Redis &sharedRedis() {{{$}}
// FIXED: {{^}}}{{$}}
// FIXED-EMPTY:
// FIXED-NEXT: {{^}}// Counts hits per page.{{$}}
// FIXED-NEXT: {{^}}class CounterService {{{$}}
// FIXED: {{^}}  void bump(const httplib::Request &Req) {{{$}}
// FIXED-NEXT: {{^}}    sw::redis::Redis &Redis = sharedRedis();{{$}}
