// A client created lazily into a data member on the first call and reused by
// later calls is not made on every call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>

class Service {
public:
  // A raw handle made when the member is still null.
  void lazyHandle() {
    if (!Context)
      Context = redisConnect("127.0.0.1", 6379);
    redisCommand(Context, "PING");
  }

  // A client made with make_unique when the member is still empty.
  void lazyMakeUnique() {
    if (!Redis)
      Redis = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
    Redis->incr("hits");
  }

  // A channel assigned through 'this->'.
  void lazyChannelThroughThis() {
    if (!this->Channel)
      this->Channel = grpc::CreateChannel("localhost:50051",
                                          grpc::InsecureChannelCredentials());
  }

  // Control: a local handle made on every call is reported.
  void controlLocal() {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every call to 'Service::controlLocal'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+19]]:3: note: 'Service::controlLocal' is called by 'handle' here
    // CHECK: :[[@LINE+21]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-4]]:23: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    redisCommand(C, "PING");
    redisFree(C);
  }

private:
  redisContext *Context = nullptr;
  std::unique_ptr<sw::redis::Redis> Redis;
  std::shared_ptr<grpc::Channel> Channel;
};

static Service TheService;

static void handle(const httplib::Request &, httplib::Response &) {
  TheService.lazyHandle();
  TheService.lazyMakeUnique();
  TheService.lazyChannelThroughThis();
  TheService.controlLocal();
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}
