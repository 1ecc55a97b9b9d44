// A resource id defined twice in one model file is reported as a
// configuration error naming the file and the id; the file is skipped and
// the built-in models stay in force.
// RUN: %tidy -checks='-*,resource-per-call-client' %s \
// RUN:   -config='{CheckOptions: {resource-per-call-client.ModelFiles: "%S/Inputs/model-duplicate-id.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:' --implicit-check-not='error:'
// FIXME: the location is the start of the file's mapping; the second
// definition (line 10) would be more useful. Acceptable for now.
// CHECK: {{^}}warning: {{.*}}/Inputs/model-duplicate-id.yaml:2:1: resource id 'dup.client' is defined twice [clang-tidy-config]

#include <hiredis/hiredis.h>
#include <httplib.h>

// The built-in models stay in force: reported as usual.
static void cache(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'cache'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'cache' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerCache(httplib::Server &S) {
  S.Get("/cache", cache);
}
