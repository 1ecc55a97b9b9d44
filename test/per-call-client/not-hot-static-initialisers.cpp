// Initialisers of globals and of static class members run once: the clients
// they make are not reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | count 0

#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <memory>
#include <sw/redis++/redis++.h>
#include <zmq.h>

// A global pointer and a global object, each initialised once.
void *GlobalZmqContext = zmq_ctx_new();
static sw::redis::Redis GlobalRedis("tcp://127.0.0.1:6379");

// Static data members: an inline one and one defined out of line.
struct Backends {
  static inline std::shared_ptr<grpc::Channel> Pricing = grpc::CreateChannel(
      "pricing:50051", grpc::InsecureChannelCredentials());
  static redisContext *Cache;
};
redisContext *Backends::Cache = redisConnect("127.0.0.1", 6379);
