// A client created lazily with 'Member.reset(new T(...))' on the first call is
// kept in the member and reused by later calls: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

class Service {
public:
  // The new client goes straight into the member's unique_ptr.
  void lazyReset() {
    if (!Redis)
      Redis.reset(new sw::redis::Redis("tcp://127.0.0.1:6379"));
    Redis->incr("hits");
  }

  // Control: a client that only lives for the call is reported.
  void controlLocal() {
    sw::redis::Redis Local("tcp://127.0.0.1:6379");
    // CHECK: :[[@LINE-1]]:22: warning: 'sw::redis::Redis' is constructed on every call to 'Service::controlLocal'; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+13]]:3: note: 'Service::controlLocal' is called by 'handle' here
    // CHECK: :[[@LINE+15]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
    Local.incr("hits");
  }

private:
  std::unique_ptr<sw::redis::Redis> Redis;
};

static Service TheService;

static void handle(const httplib::Request &, httplib::Response &) {
  TheService.lazyReset();
  TheService.controlLocal();
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}
