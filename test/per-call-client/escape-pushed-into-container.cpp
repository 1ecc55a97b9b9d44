// Clients pushed into a container outlive the loop that makes them, as when a
// pool is filled at startup: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <map>
#include <memory>
#include <string>
#include <sw/redis++/redis++.h>
#include <utility>
#include <vector>

static std::vector<redisContext *> Pool;
static std::vector<std::unique_ptr<sw::redis::Redis>> Clients;
static std::map<std::string, std::shared_ptr<grpc::Channel>> Channels;

// The factory's result is pushed directly.
static void fillPoolDirectly() {
  for (int I = 0; I < 8; ++I)
    Pool.push_back(redisConnect("127.0.0.1", 6379));
}

// The handle is checked in a local, then emplaced.
static void fillPoolThroughLocal() {
  for (int I = 0; I < 8; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    if (!C || C->err)
      continue;
    Pool.emplace_back(C);
  }
}

// A unique_ptr is moved into the container.
static void fillClientsMoved() {
  for (int I = 0; I < 4; ++I) {
    auto Redis = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
    Clients.push_back(std::move(Redis));
  }
}

// Channels are emplaced into a map and assigned through operator[].
static void fillChannels(const std::vector<std::string> &Targets) {
  for (const std::string &Target : Targets)
    Channels.emplace(Target, grpc::CreateChannel(
                                 Target, grpc::InsecureChannelCredentials()));
  for (const std::string &Target : Targets)
    Channels[Target + "/backup"] =
        grpc::CreateChannel(Target, grpc::InsecureChannelCredentials());
}

// Control: a loop that frees each connection it makes is reported.
static void controlFreedInLoop() {
  for (int I = 0; I < 8; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:23: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    redisCommand(C, "PING");
    redisFree(C);
  }
}

int main() {
  fillPoolDirectly();
  fillPoolThroughLocal();
  fillClientsMoved();
  fillChannels({"a:50051", "b:50051"});
  controlFreedInLoop();
}
