// A function passed to a user registration function named in the
// HandlerRegistrations option runs as a handler: a hiredis connection opened
// in it is opened on every call. Without the option nothing marks it as hot.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config="{CheckOptions: {resource-per-call-client.HandlerRegistrations: 'bus::subscribe;bus::Router::route'}}" \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <hiredis/hiredis.h>

// The application's own message bus.
namespace bus {
using Callback = void (*)(const char *Payload);
void subscribe(const char *Topic, Callback Cb);
class Router {
public:
  void route(const char *Path, Callback Cb);
};
} // namespace bus

// A free registration function: every price update opens a connection.
static void onPriceUpdate(const char *Payload) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'onPriceUpdate'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+17]]:3: note: 'onPriceUpdate' is registered with 'bus::subscribe' here as a handler (configured in HandlerRegistrations)
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  freeReplyObject(redisCommand(C, "SET price %s", Payload));
  redisFree(C);
}

// A registration member function: every routed message opens a connection.
static void onStockMessage(const char *Payload) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'onStockMessage'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'onStockMessage' is registered with 'bus::Router::route' here as a handler (configured in HandlerRegistrations)
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  freeReplyObject(redisCommand(C, "SET stock %s", Payload));
  redisFree(C);
}

void wireHandlers(bus::Router &Router) {
  bus::subscribe("prices", onPriceUpdate);
  Router.route("/stock", onStockMessage);
}
