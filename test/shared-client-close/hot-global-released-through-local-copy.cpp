// A global copied into a local and released through the local is still the
// shared client.
// FIXME: should warn ("'redisFree' closes the shared 'Cache' on every call
// to 'handleRotate'; ..."); only the global itself, a local initialised from
// an accessor that returns a global, and static locals are recognised, so
// this is not reported today.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <hiredis/hiredis.h>
#include <httplib.h>

redisContext *Cache = nullptr;

// Frees the shared context through a local alias.
static void handleRotate(const httplib::Request &, httplib::Response &) {
  redisContext *Current = Cache;
  freeReplyObject(redisCommand(Current, "SAVE"));
  redisFree(Current);
}

void installRotate(httplib::Server &Server) {
  Server.Post("/rotate", handleRotate);
}
