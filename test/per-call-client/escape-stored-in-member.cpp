// A client stored into a data member outlives the call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>
#include <utility>

class Session {
public:
  // The factory's result is assigned to the member directly.
  void storeDirectly() {
    redisFree(Context);
    Context = redisConnect("127.0.0.1", 6379);
  }

  // The handle is checked in a local, then assigned to the member.
  void storeThroughLocal() {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    if (!C || C->err)
      return;
    redisFree(Context);
    Context = C;
  }

  // A unique_ptr is moved into the member.
  void storeMovedUniquePtr() {
    auto Made = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
    Redis = std::move(Made);
  }

  // A channel's shared_ptr is copied into the member.
  void storeSharedPtr() {
    auto Made = grpc::CreateChannel("localhost:50051",
                                    grpc::InsecureChannelCredentials());
    Channel = Made;
  }

  // Control: a local client that is not stored is reported.
  void controlNotStored() {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every call to 'Session::controlNotStored'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+19]]:3: note: 'Session::controlNotStored' is called by 'handle' here
    // CHECK: :[[@LINE+21]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-4]]:23: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    redisFree(C);
  }

private:
  redisContext *Context = nullptr;
  std::unique_ptr<sw::redis::Redis> Redis;
  std::shared_ptr<grpc::Channel> Channel;
};

static Session TheSession;

static void handle(const httplib::Request &, httplib::Response &) {
  TheSession.storeDirectly();
  TheSession.storeThroughLocal();
  TheSession.storeMovedUniquePtr();
  TheSession.storeSharedPtr();
  TheSession.controlNotStored();
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}
