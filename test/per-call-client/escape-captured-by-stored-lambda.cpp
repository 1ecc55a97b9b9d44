// A client captured by a lambda that is stored to run later outlives the
// call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <functional>
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <sw/redis++/redis++.h>
#include <vector>

static std::vector<std::function<void()>> Pending;

class Scheduler {
public:
  // The lambda that captures the handle is stored in a member.
  void storeInMember() {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    Later = [C] {
      redisCommand(C, "PING");
      redisFree(C);
    };
  }

  // Control: a handle freed before the call returns is reported.
  void controlNotCaptured() {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every call to 'Scheduler::controlNotCaptured'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE+31]]:3: note: 'Scheduler::controlNotCaptured' is called by 'handle' here
    // CHECK: :[[@LINE+33]]:3: note: 'handle' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-4]]:23: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    redisCommand(C, "PING");
    redisFree(C);
  }

private:
  std::function<void()> Later;
};

static Scheduler TheScheduler;

// The lambda that captures a shared client is pushed into a queue.
static void pushCapturingLambda() {
  auto Redis = std::make_shared<sw::redis::Redis>("tcp://127.0.0.1:6379");
  Pending.push_back([Redis] { Redis->incr("hits"); });
}

// The lambda that captures a channel is stored in a global.
static std::function<void()> Retry;
static void storeChannelLambda() {
  auto Channel = grpc::CreateChannel("localhost:50051",
                                     grpc::InsecureChannelCredentials());
  Retry = [Channel] { Channel->GetState(/*try_to_connect=*/true); };
}

static void handle(const httplib::Request &, httplib::Response &) {
  TheScheduler.storeInMember();
  pushCapturingLambda();
  storeChannelLambda();
  TheScheduler.controlNotCaptured();
}
static void registerHandle(httplib::Server &S) {
  S.Get("/a", handle);
}
